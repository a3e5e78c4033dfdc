import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log =~ /smime-check: 2 certificates \(2 S\/MIME\).*: FAIL/
assert log.contains('certs/legacy.pem > block 1 [CN=legacy@example.com]: smbr.signature.weak_hash')
// Alice may be listed with warnings (such as a missing owner), but never with a failing finding.
def aliceLines = log.readLines().findAll { it.contains('certs/alice-smime.pem > block 1 [CN=alice@example.com]: ') }
assert aliceLines.every { it.startsWith('[WARNING]') }

def report = new JsonSlurper().parse(new File(basedir, 'evidence/smime-check-report.json'))
assert report.outcome == 'FAIL'
assert report.roots == ['certs/alice-smime.pem', 'certs/legacy.pem']
assert report.certificates*.subject.sort() == ['CN=alice@example.com', 'CN=legacy@example.com']
return true
