import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log =~ /smime-check: 1 certificate \(1 S\/MIME\), 0 unreadable items, 0 failing findings, 1 warning: PASS/

def report = new JsonSlurper().parse(new File(basedir, 'target/smime-check/smime-check-report.json'))
assert report.outcome == 'PASS'
def alice = report.certificates.find { it.subject == 'CN=alice@example.com' }
assert alice.owner == null
def unowned = alice.findings.find { it.code == 'policy.owner.missing' }
assert unowned.severity == 'WARNING'
assert unowned.message.contains('no owners-file entry matches this S/MIME certificate')
assert report.owners.find { it.accountable == null }.certificates*.sha256.contains(alice.sha256)
return true
