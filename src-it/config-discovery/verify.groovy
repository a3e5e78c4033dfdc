import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log =~ /smime-check: 4 certificates \(1 S\/MIME\), 0 unreadable items, 0 failing findings, .*: PASS/
assert !log.contains('scan.config.')

def evidence = new File(basedir, 'target/smime-check')
def report = new JsonSlurper().parse(new File(evidence, 'smime-check-report.json'))
assert report.outcome == 'PASS'
assert report.unreadable.isEmpty()

def places = report.certificates.collectEntries { [(it.subject): it.locations*.display] }
// The keystore opened through application.yml is also listed at its own place in the JAR.
assert places['CN=alice@example.com'] == ['release.tar.gz > app/mail-service.jar > BOOT-INF/classes/application.yml'
        + ' > key server.ssl.key-store > classpath:mail.p12 > alias "mail-signing" > chain 1',
        'release.tar.gz > app/mail-service.jar > BOOT-INF/classes/mail.p12 > alias "mail-signing" > chain 1']
assert places['CN=Example Corp S/MIME Issuing CA,O=Example Corp,C=DE'].contains('release.tar.gz > app/mail-service.jar'
        + ' > BOOT-INF/classes/application.yml > key spring.ssl.bundle.pem.mail.truststore.certificate'
        + ' > classpath:certs/ca.pem > block 1')
assert places['CN=mail.example.com'] == ['release.tar.gz > k8s/mail-tls-secret.yaml > Secret mail/mail-tls'
        + ' > key data/tls.crt > block 1']
assert places['CN=webmail.example.com'].contains('release.tar.gz > nginx/nginx.conf > key ssl_certificate'
        + ' > certs/webmail.crt > block 1')

// The keystore password reached the scan through the environment and appears in no output.
assert !log.contains('jar-secret')
evidence.eachFile { file -> assert !file.text.contains('jar-secret') : "password found in ${file.name}" }
return true
