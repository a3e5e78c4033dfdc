import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('Configuration: exceptions smime-exceptions.yaml (sha256 ')
assert log =~ /smime-check: 1 certificate \(1 S\/MIME\), 0 unreadable items, 0 failing findings, .*: PASS/

def report = new JsonSlurper().parse(new File(basedir, 'target/smime-check/smime-check-report.json'))
assert report.outcome == 'PASS'
assert report.asOf == '2027-02-01T00:00:00Z'

def bob = report.certificates.find { it.subject == 'CN=bob@example.com' }
def covered = bob.findings.findAll { it.coveredBy == 'EXC-2027-003' }*.code.sort()
assert covered == ['policy.key.rsa_below_minimum', 'smbr.key.rsa_modulus_invalid_length']
assert bob.findings.every { !it.failsBuild }

def exception = report.exceptions.find { it.id == 'EXC-2027-003' }
// 58 days before expiry, inside the 60-day warning window: the exception still covers, with a warning.
assert exception.state == 'EXPIRING'
assert exception.findings*.code == ['policy.exception.expiring']
assert exception.findings[0].severity == 'WARNING'
assert exception.coveredFindings == 2
assert exception.owner == 'Mail Platform Team'
assert report.configuration.find { it.role == 'exceptions' }.sha256 ==~ /[0-9a-f]{64}/
return true
