import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains("release.tar.gz > app/mail-service.jar > BOOT-INF/classes/application.yml > key server.ssl.key-store-password:"
        + " scan.config.password_missing:")
assert log.contains("key 'server.ssl.key-store-password' (line 5) gives the password of keystore 'classpath:mail.p12' as"
        + ' placeholder ${MAIL_KEYSTORE_PASSWORD}, which has no value')

// The other certificates are still inventoried and reported.
def report = new JsonSlurper().parse(new File(basedir, 'target/smime-check/smime-check-report.json'))
assert report.outcome == 'FAIL'
assert report.certificates*.subject.sort() == ['CN=Example Corp S/MIME Issuing CA,O=Example Corp,C=DE',
        'CN=mail.example.com', 'CN=webmail.example.com']
assert report.unreadable*.code.sort() == ['scan.config.password_missing', 'scan.keystore.password', 'scan.keystore.password']
return true
