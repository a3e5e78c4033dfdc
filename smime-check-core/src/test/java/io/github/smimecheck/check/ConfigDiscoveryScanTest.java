package io.github.smimecheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.inventory.Location;
import io.github.smimecheck.check.rules.Severity;
import io.github.smimecheck.check.testing.SpringBootFatJar;
import io.github.smimecheck.check.testing.ArchiveBuilder;
import io.github.smimecheck.check.testing.TestCertificates;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configuration files found by a whole scan, through {@link Scanner}. */
class ConfigDiscoveryScanTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void environmentReachesPlaceholders() throws IOException {
        Files.writeString(folder.resolve("mail.pem"), TestCertificates.smime().pem());
        Files.writeString(folder.resolve("application.yml"), "server.ssl.certificate: ${CERT_FILE}\n");

        ScanResult result = scan(Map.of("CERT_FILE", "mail.pem"), Map.of());

        assertThat(result.certificates()).hasSize(1);
        assertThat(result.certificates().get(0).locations()).extracting(Location::display).containsExactly(
                "application.yml > key server.ssl.certificate > ${CERT_FILE} > block 1", "mail.pem > block 1");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void configFindingFailsScan() throws IOException {
        Files.writeString(folder.resolve("application.yml"), "server.ssl.certificate: classpath:absent.pem\n");

        ScanResult result = scan(Map.of(), Map.of());

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0).finding().code()).isEqualTo("scan.config.reference_missing");
        assertThat(result.problems().get(0).finding().severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void externalReferenceOnlyWarns() throws IOException {
        Files.writeString(folder.resolve("main.cf"), "smtp_tls_CAfile = /etc/ssl/certs/ca-certificates.crt\n");

        ScanResult result = scan(Map.of(), Map.of());

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.problems().get(0).finding().severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void optionsTextHidesSecretValues() {
        ScanOptions options = ScanOptions.builder().root(folder).environment(Map.of("MAIL_PASSWORD", "env-value"))
                .secrets(Map.of("mail-keystore", "settings-value")).clock(CLOCK).build();

        assertThat(options.toString()).contains("MAIL_PASSWORD", "mail-keystore");
        assertThat(options.toString()).doesNotContain("env-value", "settings-value");
    }

    /**
     * Scans the release bundle an invoker project would scan: a Spring Boot fat JAR, a Kubernetes
     * Secret and an nginx configuration in one tar.gz.
     */
    @Test
    void releaseBundleFindsEveryCertificate() throws IOException {
        byte[] mailKeystore = TestCertificates.keystore("PKCS12", "jar-pass".toCharArray(),
                TestCertificates.smime().x509());
        byte[] secretKeystore = TestCertificates.keystore("PKCS12", "k8s-pass".toCharArray(),
                TestCertificates.smime().subject("CN=bob@example.com").emails("bob@example.com").x509());
        byte[] trustLibrary = ArchiveBuilder.entries()
                .add("trust/partner.pem", TestCertificates.ca("CN=Partner CA").pem()).zip();
        byte[] jar = SpringBootFatJar.create()
                .resource("application.yml", """
                        server:
                          ssl:
                            key-store: classpath:mail.p12
                            key-store-password: ${MAIL_KEYSTORE_PASSWORD}
                            trust-certificate: classpath:certs/ca.pem
                        """)
                .resource("mail.p12", mailKeystore)
                .resource("certs/ca.pem", TestCertificates.ca("CN=Jar CA").pem())
                .library("mail-trust-1.0.jar", trustLibrary)
                .build();
        String secret = """
                apiVersion: v1
                kind: Secret
                type: Opaque
                metadata:
                  name: mail-certs
                  namespace: mail
                data:
                  tls.crt: %s
                  keystore.p12: %s
                  keystore-password: %s
                """.formatted(base64(TestCertificates.tlsServer("smtp.example.com").serial(BigInteger.TWO).pem()
                .getBytes(StandardCharsets.UTF_8)), base64(secretKeystore),
                base64("k8s-pass".getBytes(StandardCharsets.UTF_8)));
        byte[] bundle = ArchiveBuilder.entries()
                .add("app/mail-service.jar", jar)
                .add("k8s/secret.yaml", secret)
                .add("nginx/conf.d/mail.conf", "server { ssl_certificate /etc/nginx/certs/site.crt; }\n")
                .add("nginx/certs/site.crt", TestCertificates.tlsServer("mail.example.com").pem())
                .tarGz();
        Files.write(folder.resolve("release.tar.gz"), bundle);

        ScanResult result = scan(Map.of("MAIL_KEYSTORE_PASSWORD", "jar-pass"), Map.of());

        List<String> locations = result.certificates().stream().flatMap(certificate -> certificate.locations().stream())
                .map(Location::display).toList();
        assertThat(result.certificates()).hasSize(6);
        assertThat(locations).contains(
                "release.tar.gz > app/mail-service.jar > BOOT-INF/classes/application.yml > key server.ssl.key-store"
                        + " > classpath:mail.p12 > alias \"cert1\"",
                "release.tar.gz > app/mail-service.jar > BOOT-INF/classes/application.yml"
                        + " > key server.ssl.trust-certificate > classpath:certs/ca.pem > block 1",
                "release.tar.gz > app/mail-service.jar > BOOT-INF/lib/mail-trust-1.0.jar > trust/partner.pem > block 1",
                "release.tar.gz > k8s/secret.yaml > Secret mail/mail-certs > key data/tls.crt > block 1",
                "release.tar.gz > k8s/secret.yaml > Secret mail/mail-certs > key data/keystore.p12 > alias \"cert1\"",
                "release.tar.gz > nginx/conf.d/mail.conf > key ssl_certificate > /etc/nginx/certs/site.crt > block 1");
        assertThat(result.problems()).isEmpty();
    }

    private ScanResult scan(Map<String, String> environment, Map<String, String> secrets) {
        return new Scanner().scan(ScanOptions.builder().root(folder).baseDirectory(folder).clock(CLOCK)
                .environment(environment).secrets(secrets).build());
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
