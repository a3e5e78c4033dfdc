import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def log = new File(basedir, 'build.log').text
assert log =~ /smime-check: 1 certificate \(1 S\/MIME\).*: FAIL/
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

// Every evidence format is written before the build fails, and each names the failing finding.
def evidence = new File(basedir, 'target/smime-check')
def sums = new File(evidence, 'SHA256SUMS').readLines()
assert sums.collect { it.split(/\s+/)[1] }.sort() == ['smime-check-cbom.json', 'smime-check-junit.xml',
        'smime-check-report.html', 'smime-check-report.json', 'smime-check-report.sarif']
sums.each { line ->
    def (digest, name) = line.split(/\s+\*?/)
    def actual = java.security.MessageDigest.getInstance('SHA-256').digest(new File(evidence, name).bytes)
            .encodeHex().toString()
    assert digest == actual : "SHA256SUMS entry for ${name}"
}

def sarif = new JsonSlurper().parse(new File(evidence, 'smime-check-report.sarif'))
assert sarif.version == '2.1.0'
def sarifResult = sarif.runs[0].results.find { it.ruleId == 'smbr.signature.weak_hash' }
assert sarifResult.level == 'error'
assert sarifResult.locations[0].physicalLocation.artifactLocation.uri == 'src/main/resources/smime/legacy-signing.pem'

def junit = new XmlSlurper().parse(new File(evidence, 'smime-check-junit.xml'))
def failures = junit.'**'.findAll { it.name() == 'failure' }
assert failures.any { it.@message.text().contains('smbr.signature.weak_hash') || it.text().contains('smbr.signature.weak_hash') }

def cbom = new JsonSlurper().parse(new File(evidence, 'smime-check-cbom.json'))
assert cbom.bomFormat == 'CycloneDX'
assert cbom.specVersion == '1.6'
assert cbom.components.any { it.cryptoProperties?.assetType == 'certificate' && it.name.contains('legacy@example.com') }

def html = new File(evidence, 'smime-check-report.html').text
assert html.contains('smbr.signature.weak_hash')
assert html.contains('CN=legacy@example.com')
assert !html.contains('<script src=')
return true
