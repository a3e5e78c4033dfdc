import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log =~ /smime-check: 1 certificate \(1 S\/MIME\), 0 unreadable items, 3 failing findings, .*: FAIL/
assert log.contains('src/main/resources/certs/weak.pem > block 1 [CN=bob@example.com]: smbr.key.rsa_modulus_invalid_length: RSA modulus is 1024 bits')
assert log.contains('smime-exceptions.yaml:3 > exception EXC-2027-003: policy.exception.expired: exception EXC-2027-003 (owner Mail Platform Team')
assert log.contains('expired on 2027-03-31')
assert log.contains('Expired exception EXC-2027-003 (owner Mail Platform Team, smime-exceptions.yaml:3) expired on 2027-03-31 and no longer covers any finding')

def report = new JsonSlurper().parse(new File(basedir, 'target/smime-check/smime-check-report.json'))
assert report.outcome == 'FAIL'
def exception = report.exceptions.find { it.id == 'EXC-2027-003' }
assert exception.state == 'EXPIRED'
assert exception.coveredFindings == 0
assert exception.blockedFindings == 2
assert exception.findings*.code == ['policy.exception.expired']

def bob = report.certificates.find { it.subject == 'CN=bob@example.com' }
assert bob.findings.findAll { it.coveredBy != null }.isEmpty()
assert bob.findings.find { it.code == 'smbr.key.rsa_modulus_invalid_length' }.failsBuild
return true
