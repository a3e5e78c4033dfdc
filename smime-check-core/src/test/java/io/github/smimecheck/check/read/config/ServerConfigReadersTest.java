package io.github.smimecheck.check.read.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.testing.TestCertificates;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** nginx, Postfix, Dovecot and Java system properties files. */
class ServerConfigReadersTest {

    private static final String SERVER = TestCertificates.tlsServer("mail.example.com").pem();
    private static final String CA = TestCertificates.ca("CN=Example Mail CA").pem();
    private static final String CLIENT = TestCertificates.smime().serial(BigInteger.valueOf(99)).pem();

    @TempDir
    Path folder;

    @Test
    void nginxDirectivesAreFollowed() throws IOException {
        write("nginx/certs/site.crt", SERVER);
        write("nginx/certs/ca.pem", CA);
        write("nginx/certs/clients.pem", CLIENT);
        write("nginx/conf.d/mail.conf", """
                server {
                    listen 443 ssl;
                    ssl_certificate     /etc/nginx/certs/site.crt;
                    ssl_certificate_key /etc/nginx/certs/site.key;
                    ssl_trusted_certificate "certs/ca.pem";
                    # ssl_client_certificate certs/old-clients.pem;
                    ssl_client_certificate certs/clients.pem; ssl_verify_client on;
                }
                """);

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.locations()).contains(
                "nginx/conf.d/mail.conf > key ssl_certificate > /etc/nginx/certs/site.crt > block 1",
                "nginx/conf.d/mail.conf > key ssl_trusted_certificate > certs/ca.pem > block 1",
                "nginx/conf.d/mail.conf > key ssl_client_certificate > certs/clients.pem > block 1");
        assertThat(found.problems()).isEmpty();
    }

    @Test
    void nginxMissingAndVariablePathsAreFindings() throws IOException {
        write("nginx.conf", """
                http {
                  server { ssl_certificate certs/absent.crt; }
                  server { ssl_certificate /etc/ssl/$ssl_server_name.crt; }
                }
                """);

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.codes()).containsExactly("scan.config.reference_missing", "scan.config.reference_external");
        assertThat(found.problems().get(0).message()).contains("nginx.conf", "key 'ssl_certificate' (line 2)",
                "'certs/absent.crt'");
        assertThat(found.problems().get(1).message()).contains("(line 3)", "nginx variables");
    }

    @Test
    void nginxDirectivesInDocumentationAreIgnored() throws IOException {
        write("README.md", "Set `ssl_certificate certs/absent.crt;` in your server block.\n");
        write("nginx/SETUP.md", "Then add `ssl_certificate certs/absent.crt;` to nginx.conf.\n");

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.problems()).isEmpty();
    }

    @Test
    void postfixParametersAreFollowed() throws IOException {
        write("postfix/tls/server.pem", SERVER);
        write("postfix/tls/chain.pem", CA);
        write("postfix/tls/clients.pem", CLIENT);
        write("postfix/main.cf", """
                # TLS for incoming mail
                tls_dir = ${config_directory}/tls
                smtpd_tls_cert_file = $tls_dir/server.pem
                #smtpd_tls_CAfile = /etc/postfix/tls/old.pem
                smtpd_tls_chain_files =
                    /etc/postfix/tls/server.pem,
                    /etc/postfix/tls/chain.pem
                smtp_tls_CAfile = /etc/postfix/tls/clients.pem
                smtpd_tls_key_file = /etc/postfix/tls/server.key
                """);

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.locations()).contains(
                "postfix/main.cf > key smtpd_tls_cert_file > $tls_dir/server.pem > block 1",
                "postfix/main.cf > key smtpd_tls_chain_files > /etc/postfix/tls/chain.pem > block 1",
                "postfix/main.cf > key smtp_tls_CAfile > /etc/postfix/tls/clients.pem > block 1");
        assertThat(found.problems()).isEmpty();
    }

    @Test
    void postfixSystemBundleIsExternalWarning() throws IOException {
        write("main.cf", "smtp_tls_CAfile = /etc/ssl/certs/ca-certificates.crt\n");

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.onlyProblem().code()).isEqualTo(ConfigProblems.REFERENCE_EXTERNAL);
        assertThat(found.onlyProblem().message()).contains("main.cf", "key 'smtp_tls_CAfile' (line 1)",
                "'/etc/ssl/certs/ca-certificates.crt'");
    }

    @Test
    void postfixUnknownParameterIsMissingReference() throws IOException {
        write("main.cf", "smtpd_tls_cert_file = $cert_dir/server.pem\n");

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.onlyProblem().code()).isEqualTo(ConfigProblems.REFERENCE_MISSING);
        assertThat(found.onlyProblem().message()).contains("${cert_dir}");
    }

    @Test
    void postfixExpansionCycleIsMissingReference() throws IOException {
        write("main.cf", "a = $b/x\nb = $a/y\nsmtpd_tls_cert_file = $a\n");

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.onlyProblem().code()).isEqualTo(ConfigProblems.REFERENCE_MISSING);
        assertThat(found.onlyProblem().message()).contains("'$a'", "has no value");
    }

    @Test
    void postfixExpansionBlowUpIsBounded() throws IOException {
        StringBuilder mainCf = new StringBuilder();
        for (char name = 'a'; name < 'j'; name++) {
            String next = "$" + (char) (name + 1);
            mainCf.append(name).append(" = ").append(String.join(" ", java.util.Collections.nCopies(50, next)))
                    .append('\n');
        }
        mainCf.append("smtpd_tls_cert_file = $a\n");
        write("main.cf", mainCf.toString());

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.onlyProblem().code()).isEqualTo(ConfigProblems.REFERENCE_MISSING);
    }

    @Test
    void dovecotSettingsAreFollowed() throws IOException {
        write("dovecot/certs/imap.pem", SERVER);
        write("dovecot/certs/ca.pem", CA);
        write("dovecot/certs/clients.pem", CLIENT);
        write("dovecot/conf.d/10-ssl.conf", """
                ssl = required
                ssl_cert = </etc/dovecot/certs/imap.pem
                ssl_key = </etc/dovecot/certs/imap.key
                #ssl_ca = </etc/dovecot/certs/old.pem
                ssl_ca = <certs/ca.pem
                ssl_client_ca_file = /etc/dovecot/certs/clients.pem
                """);

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.locations()).contains(
                "dovecot/conf.d/10-ssl.conf > key ssl_cert > </etc/dovecot/certs/imap.pem > block 1",
                "dovecot/conf.d/10-ssl.conf > key ssl_ca > <certs/ca.pem > block 1",
                "dovecot/conf.d/10-ssl.conf > key ssl_client_ca_file > /etc/dovecot/certs/clients.pem > block 1");
        assertThat(found.problems()).isEmpty();
    }

    @Test
    void javaPropertiesTruststoreIsFollowed() throws IOException {
        Files.createDirectories(folder.resolve("config"));
        Files.write(folder.resolve("config/trust.jks"), TestCertificates.keystore("JKS", "jvm-pass".toCharArray(),
                TestCertificates.ca("CN=JVM Trust CA").x509()));
        write("config/system.properties", """
                javax.net.ssl.trustStore=trust.jks
                javax.net.ssl.trustStorePassword=${TRUST_PASSWORD}
                javax.net.ssl.trustStoreType=JKS
                """);

        ConfigScan.Found found = new ConfigScan().environment(Map.of("TRUST_PASSWORD", "jvm-pass")).scan(folder);

        assertThat(found.locations()).contains(
                "config/system.properties > key javax.net.ssl.trustStore > trust.jks > alias \"cert1\"");
        assertThat(found.problems()).isEmpty();
    }

    @Test
    void jvmOptionsInScriptAreFollowed() throws IOException {
        Files.createDirectories(folder.resolve("bin"));
        Files.write(folder.resolve("bin/mail.p12"), TestCertificates.keystore("PKCS12", "script".toCharArray(),
                TestCertificates.smime().x509()));
        write("bin/setenv.sh", """
                #!/bin/sh
                # JAVA_OPTS="-Djavax.net.ssl.keyStore=old.p12"
                JAVA_OPTS="$JAVA_OPTS -Djavax.net.ssl.keyStore=mail.p12 -Djavax.net.ssl.keyStorePassword=$KS_PASS"
                """);

        ConfigScan.Found found = new ConfigScan().environment(Map.of("KS_PASS", "script")).scan(folder);

        assertThat(found.locations()).contains("bin/setenv.sh > key javax.net.ssl.keyStore > mail.p12 > alias \"cert1\"");
        assertThat(found.problems()).isEmpty();
    }

    @Test
    void emptyJvmOptionIsNotNextOption() throws IOException {
        write("setenv.sh", "JAVA_OPTS=\"-Djavax.net.ssl.trustStore= -Djavax.net.ssl.keyStore=\"\n");

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.problems()).isEmpty();
    }

    @Test
    void javaPropertiesMissingPasswordIsFinding() throws IOException {
        write("jvm.properties", """
                javax.net.ssl.trustStore=/opt/app/trust.p12
                javax.net.ssl.trustStorePassword=${TRUST_PASSWORD}
                """);

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.codes()).containsExactly("scan.config.password_missing", "scan.config.reference_external");
        assertThat(found.problems().get(0).message()).contains("jvm.properties",
                "key 'javax.net.ssl.trustStorePassword' (line 2)", "${TRUST_PASSWORD}");
    }

    private void write(String name, String text) throws IOException {
        ConfigScan.write(folder, name, text);
    }
}
