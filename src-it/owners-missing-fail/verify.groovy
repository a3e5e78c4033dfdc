import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('Configuration: policy smime-policy.yaml (sha256 ')
assert log.contains('src/main/resources/certs/alice.pem > block 1 [CN=alice@example.com]: policy.owner.missing: no owners-file entry matches this S/MIME certificate')

def report = new JsonSlurper().parse(new File(basedir, 'target/smime-check/smime-check-report.json'))
assert report.outcome == 'FAIL'
def alice = report.certificates.find { it.subject == 'CN=alice@example.com' }
def unowned = alice.findings.find { it.code == 'policy.owner.missing' }
assert unowned.severity == 'ERROR'
assert unowned.failsBuild
assert report.effectivePolicy.yaml.contains('policy.owner.missing: ERROR')
assert report.effectivePolicy.sha256 ==~ /[0-9a-f]{64}/
return true
