package io.github.smimecheck.check.read.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.inventory.Location;
import io.github.smimecheck.check.read.Content;
import io.github.smimecheck.check.testing.SpringBootFatJar;
import io.github.smimecheck.check.testing.ArchiveBuilder;
import io.github.smimecheck.check.testing.TestCertificates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configuration files inside archives, handed to the readers as an archive reader would. */
class ConfigInArchiveTest {

    static final String APPLICATION_YML = """
            server:
              ssl:
                key-store: classpath:mail.p12
                key-store-password: ${MAIL_KEYSTORE_PASSWORD}
                trust-certificate: classpath:certs/ca.pem
            """;

    @TempDir
    Path folder;

    @Test
    void fatJarClasspathReferencesResolve() throws IOException {
        byte[] keystore = TestCertificates.keystore("PKCS12", "jar-pass".toCharArray(), TestCertificates.smime().x509());
        byte[] jar = SpringBootFatJar.create()
                .resource("application.yml", APPLICATION_YML)
                .resource("mail.p12", keystore)
                .resource("certs/ca.pem", TestCertificates.ca("CN=Jar CA").pem())
                .build();
        Files.write(folder.resolve("mail-service.jar"), jar);
        Content config = new Content(Location.ofFile("mail-service.jar").entry("BOOT-INF/classes/application.yml"),
                APPLICATION_YML.getBytes(StandardCharsets.UTF_8));

        ConfigScan.Found found = new ConfigScan().environment(Map.of("MAIL_KEYSTORE_PASSWORD", "jar-pass"))
                .readEntry(folder, config);

        assertThat(found.locations()).containsExactly(
                "mail-service.jar > BOOT-INF/classes/application.yml > key server.ssl.key-store > classpath:mail.p12"
                        + " > alias \"cert1\"",
                "mail-service.jar > BOOT-INF/classes/application.yml > key server.ssl.trust-certificate"
                        + " > classpath:certs/ca.pem > block 1");
        assertThat(found.problems()).isEmpty();
    }

    @Test
    void warClasspathReferenceResolves() throws IOException {
        String yaml = "server.ssl.certificate: classpath:mail.pem\n";
        byte[] war = ArchiveBuilder.entries()
                .add("WEB-INF/classes/config/application.yml", yaml)
                .add("WEB-INF/classes/mail.pem", TestCertificates.smime().pem())
                .zip();
        Files.write(folder.resolve("mail.war"), war);
        Content config = new Content(Location.ofFile("mail.war").entry("WEB-INF/classes/config/application.yml"),
                yaml.getBytes(StandardCharsets.UTF_8));

        ConfigScan.Found found = new ConfigScan().readEntry(folder, config);

        assertThat(found.locations()).containsExactly("mail.war > WEB-INF/classes/config/application.yml"
                + " > key server.ssl.certificate > classpath:mail.pem > block 1");
    }

    @Test
    void missingEntryIsFindingNamingArchive() throws IOException {
        String yaml = "server.ssl.certificate: classpath:absent.pem\n";
        Files.write(folder.resolve("app.jar"), SpringBootFatJar.create().resource("application.yml", yaml).build());
        Content config = new Content(Location.ofFile("app.jar").entry("BOOT-INF/classes/application.yml"),
                yaml.getBytes(StandardCharsets.UTF_8));

        ConfigScan.Found found = new ConfigScan().readEntry(folder, config);

        assertThat(found.onlyProblem().code()).isEqualTo(ConfigProblems.REFERENCE_MISSING);
        assertThat(found.onlyProblem().message()).contains("app.jar > BOOT-INF/classes/application.yml",
                "'classpath:absent.pem'");
    }

    @Test
    void nginxInTarFindsSiblingEntry() throws IOException {
        String nginx = "server { ssl_certificate /etc/nginx/certs/site.crt; }\n";
        Files.write(folder.resolve("release.tar.gz"), ArchiveBuilder.entries()
                .add("nginx/conf.d/mail.conf", nginx)
                .add("nginx/certs/site.crt", TestCertificates.tlsServer("mail.example.com").pem())
                .tarGz());
        Content config = new Content(Location.ofFile("release.tar.gz").entry("nginx/conf.d/mail.conf"),
                nginx.getBytes(StandardCharsets.UTF_8));

        ConfigScan.Found found = new ConfigScan().readEntry(folder, config);

        assertThat(found.locations()).containsExactly("release.tar.gz > nginx/conf.d/mail.conf > key ssl_certificate"
                + " > /etc/nginx/certs/site.crt > block 1");
    }
}
