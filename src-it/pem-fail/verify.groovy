import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log =~ /smime-check: 1 certificates \(1 S\/MIME\).*: FAIL/
assert log.contains('src/main/resources/smime/legacy-signing.pem > block 1 [CN=legacy@example.com]: smbr.key.rsa_modulus_invalid_length: RSA modulus is 1024 bits')
assert log.contains('smbr.signature.weak_hash: signature algorithm is sha1WithRSAEncryption')
assert log.contains('Evidence: ')

// The evidence is written before the build fails.
def report = new JsonSlurper().parse(new File(basedir, 'target/smime-check/smime-check-report.json'))
assert report.outcome == 'FAIL'
def legacy = report.certificates.find { it.subject == 'CN=legacy@example.com' }
assert legacy.generation == 'LEGACY'
def codes = legacy.findings*.code
assert codes.contains('smbr.key.rsa_modulus_invalid_length')
assert codes.contains('smbr.signature.weak_hash')
def weakHash = legacy.findings.find { it.code == 'smbr.signature.weak_hash' }
assert weakHash.severity == 'ERROR'
assert weakHash.requirement == 'S/MIME BR 7.1.3.2'
assert weakHash.failsBuild
return true
