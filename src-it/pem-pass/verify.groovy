import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('smime-check: 3 certificates (1 S/MIME)')
assert log.contains('failing findings')
assert log =~ /smime-check: .*: PASS/

def report = new JsonSlurper().parse(new File(basedir, 'target/smime-check/smime-check-report.json'))
assert report.outcome == 'PASS'
assert report.asOf == '2027-06-01T00:00:00Z'
assert report.certificates.size() == 3

def alice = report.certificates.find { it.subject == 'CN=alice@example.com' }
assert alice.category == 'SMIME'
assert alice.validationType == 'MAILBOX'
assert alice.generation == 'STRICT'
assert alice.findings.findAll { it.failsBuild }.isEmpty()
def places = alice.locations*.display
assert places.contains('src/main/resources/certs/alice-smime.pem > block 1')
assert places.contains('target/pem-pass-1.0.jar > certs/alice-smime.pem > block 1')

def categories = report.certificates*.category.sort()
assert categories == ['CA', 'SMIME', 'TLS_SERVER']

// install publishes the evidence with the build, under the classifier smime-evidence.
def installed = new File(localRepositoryPath, 'io/github/smimecheck/it/pem-pass/1.0')
def published = installed.list().findAll { it.contains('-smime-evidence') }.sort()
assert published == ['pem-pass-1.0-smime-evidence.cdx.json', 'pem-pass-1.0-smime-evidence.html',
        'pem-pass-1.0-smime-evidence.json', 'pem-pass-1.0-smime-evidence.sarif',
        'pem-pass-1.0-smime-evidence.sha256sums', 'pem-pass-1.0-smime-evidence.xml']
return true
