import groovy.json.JsonSlurper

// The .mvn folder in this project makes it the top folder of the build (maven.multiModuleProjectDirectory),
// as the repository root is in a real checkout, so SARIF URIs are relative to it and not to the
// repository that holds the integration tests.
def pem = 'src/main/resources/smime/legacy-signing.pem'
def log = new File(basedir, 'build.log').text
assert log.contains("${pem} > block 1 [CN=legacy@example.com]: smbr.signature.weak_hash")

def evidence = new File(basedir, 'module-a/target/smime-check')
def sarif = new JsonSlurper().parse(new File(evidence, 'smime-check-report.sarif'))
def run = sarif.runs[0]
assert run.originalUriBaseIds['%SRCROOT%'].description.text
assert run.originalUriBaseIds['%SRCROOT%'].uri == null

def weakHash = run.results.findAll { it.ruleId == 'smbr.signature.weak_hash' }
def uris = weakHash.collect { it.locations[0].physicalLocation.artifactLocation.uri }
assert uris.contains('module-a/' + pem)
assert !uris.contains(pem)
def atPem = weakHash.find { it.locations[0].physicalLocation.artifactLocation.uri == 'module-a/' + pem }
assert atPem.locations[0].physicalLocation.artifactLocation.uriBaseId == '%SRCROOT%'

def artifact = run.artifacts.find { it.location.uri == 'module-a/' + pem }
assert artifact != null
assert artifact.location.uriBaseId == '%SRCROOT%'

// The JSON report keeps locations relative to the module, as the build log does.
def report = new JsonSlurper().parse(new File(evidence, 'smime-check-report.json'))
assert report.outcome == 'FAIL'
def legacy = report.certificates.find { it.subject == 'CN=legacy@example.com' }
def files = legacy.locations*.file
assert files.contains(pem)
assert !files.any { it.startsWith('module-a/') }
assert legacy.locations*.display.contains(pem + ' > block 1')
return true
