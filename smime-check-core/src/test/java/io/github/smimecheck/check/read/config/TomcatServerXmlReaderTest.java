package io.github.smimecheck.check.read.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.testing.TestCertificates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TomcatServerXmlReaderTest {

    @TempDir
    Path folder;

    @Test
    void connectorKeystoreUsesPasswordAndType() throws IOException {
        Files.createDirectories(folder.resolve("tomcat/conf"));
        Files.write(folder.resolve("tomcat/conf/mail.jks"), TestCertificates.keystore("JKS", "tomcat-pass".toCharArray(),
                TestCertificates.smime().x509()));
        write("tomcat/conf/server.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Server port="8005" shutdown="SHUTDOWN">
                  <Service name="Catalina">
                    <Connector port="8443" protocol="HTTP/1.1" SSLEnabled="true"
                               keystoreFile="${catalina.base}/conf/mail.jks" keystorePass="tomcat-pass"
                               keystoreType="JKS"/>
                  </Service>
                </Server>
                """);

        ConfigScan scan = new ConfigScan();
        ConfigScan.Found found = scan.scan(folder);

        assertThat(found.locations()).contains("tomcat/conf/server.xml > key Connector[@port='8443']/@keystoreFile"
                + " > ${catalina.base}/conf/mail.jks > alias \"cert1\"");
        assertThat(scan.keystores.openedTypes).contains("JKS");
        assertThat(found.problems()).isEmpty();
    }

    @Test
    void certificateElementFilesAreFollowed() throws IOException {
        write("conf/tls/server.pem", TestCertificates.tlsServer("mail.example.com").pem());
        write("conf/tls/chain.pem", TestCertificates.ca("CN=Chain CA").pem());
        write("conf/tls/clients.pem", TestCertificates.smime().pem());
        write("conf/server.xml", """
                <Server port="-1">
                  <Service name="Catalina">
                    <Connector port="443" SSLEnabled="true">
                      <SSLHostConfig hostName="mail.example.com" caCertificateFile="conf/tls/clients.pem">
                        <Certificate type="RSA" certificateFile="conf/tls/server.pem"
                                     certificateKeyFile="conf/tls/server.key"
                                     certificateChainFile="conf/tls/chain.pem"/>
                      </SSLHostConfig>
                    </Connector>
                  </Service>
                </Server>
                """);

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.locations()).contains(
                "conf/server.xml > key Connector[@port='443']/SSLHostConfig[@hostName='mail.example.com']"
                        + "/@caCertificateFile > conf/tls/clients.pem > block 1",
                "conf/server.xml > key Connector[@port='443']/SSLHostConfig[@hostName='mail.example.com']"
                        + "/Certificate[@type='RSA']/@certificateFile > conf/tls/server.pem > block 1",
                "conf/server.xml > key Connector[@port='443']/SSLHostConfig[@hostName='mail.example.com']"
                        + "/Certificate[@type='RSA']/@certificateChainFile > conf/tls/chain.pem > block 1");
        assertThat(found.problems()).isEmpty();
    }

    @Test
    void truststorePasswordFromEnvironmentPlaceholder() throws IOException {
        Files.createDirectories(folder.resolve("conf"));
        Files.write(folder.resolve("conf/trust.p12"), TestCertificates.keystore("PKCS12", "env-pass".toCharArray(),
                TestCertificates.ca("CN=Trusted CA").x509()));
        write("conf/server.xml", """
                <Server>
                  <Service name="Catalina">
                    <Connector port="8443">
                      <SSLHostConfig truststoreFile="conf/trust.p12" truststorePassword="${env.TRUST_PASSWORD}"
                                     truststoreType="PKCS12"/>
                    </Connector>
                  </Service>
                </Server>
                """);

        ConfigScan.Found found = new ConfigScan().environment(Map.of("TRUST_PASSWORD", "env-pass")).scan(folder);

        assertThat(found.locations()).contains("conf/server.xml > key Connector[@port='8443']/SSLHostConfig"
                + "/@truststoreFile > conf/trust.p12 > alias \"cert1\"");
        assertThat(found.problems()).isEmpty();
    }

    @Test
    void missingKeystoreIsFinding() throws IOException {
        write("conf/server.xml", """
                <Server><Service name="Catalina">
                  <Connector port="8443" keystoreFile="conf/absent.p12"/>
                </Service></Server>
                """);

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.onlyProblem().code()).isEqualTo(ConfigProblems.REFERENCE_MISSING);
        assertThat(found.onlyProblem().message()).contains("conf/server.xml",
                "key 'Connector[@port='8443']/@keystoreFile'", "'conf/absent.p12'");
    }

    @Test
    void externalEntityIsRejected() throws IOException {
        write("secret.txt", "do-not-read");
        write("conf/server.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE Server [ <!ENTITY leak SYSTEM "file:../secret.txt"> ]>
                <Server><Service name="Catalina">
                  <Connector port="8443" keystoreFile="&leak;"/>
                </Service></Server>
                """);

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.onlyProblem().code()).isEqualTo(ConfigProblems.CONFIG_INVALID);
        assertThat(found.onlyProblem().message()).contains("conf/server.xml", "line 2", "DOCTYPE")
                .doesNotContain("do-not-read");
    }

    @Test
    void entityExpansionIsRejected() throws IOException {
        write("server.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE Server [
                  <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
                  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
                ]>
                <Server><Service name="&c;"/></Server>
                """);

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.onlyProblem().code()).isEqualTo(ConfigProblems.CONFIG_INVALID);
    }

    @Test
    void malformedXmlIsFindingWithLine() throws IOException {
        write("server.xml", """
                <Server>
                  <Service name="Catalina">
                    <Connector port="8443" keystoreFile="a.p12">
                  </Service>
                </Server>
                """);

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.onlyProblem().code()).isEqualTo(ConfigProblems.CONFIG_INVALID);
        assertThat(found.onlyProblem().message()).contains("server.xml", "line 4");
    }

    private void write(String name, String text) throws IOException {
        ConfigScan.write(folder, name, text);
    }
}
