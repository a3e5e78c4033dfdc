package io.github.smimecheck.check.read.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.discovery.ContentDispatcher;
import io.github.smimecheck.check.inventory.Location;
import io.github.smimecheck.check.read.Content;
import java.nio.charset.StandardCharsets;
import io.github.smimecheck.check.testing.TestCertificates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpringBootConfigReaderTest {

    private static final String ALICE = TestCertificates.smime().pem();
    private static final String BOB = TestCertificates.smime().subject("CN=bob@example.com")
            .emails("bob@example.com").serial(java.math.BigInteger.TEN).pem();

    @TempDir
    Path folder;

    @Test
    void inlinePemInBundleIsRead() throws IOException {
        write("application.yml", """
                spring:
                  ssl:
                    bundle:
                      pem:
                        mail:
                          truststore:
                            certificate: |
                """ + indent(ALICE, 16));

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.locations())
                .containsExactly("application.yml > key spring.ssl.bundle.pem.mail.truststore.certificate > block 1");
        assertThat(found.problems()).isEmpty();
    }

    @Test
    void classpathCertificateIsFollowed() throws IOException {
        write("src/main/resources/application.yml", """
                server:
                  ssl:
                    certificate: classpath:certs/mail.pem
                """);
        write("src/main/resources/certs/mail.pem", ALICE);

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.locations()).containsExactly(
                "src/main/resources/application.yml > key server.ssl.certificate > classpath:certs/mail.pem > block 1",
                "src/main/resources/certs/mail.pem > block 1");
    }

    @Test
    void classpathFromConfigFolderUsesParent() throws IOException {
        write("classes/config/application-prod.yaml", "server.ssl.trust-certificate: classpath:/ca.pem\n");
        write("classes/ca.pem", BOB);

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.locations()).contains(
                "classes/config/application-prod.yaml > key server.ssl.trust-certificate > classpath:/ca.pem > block 1");
    }

    @Test
    void keystorePasswordComesFromEnvironment() throws IOException {
        char[] password = "s3cret-mail".toCharArray();
        Files.write(folder.resolve("mail.p12"), TestCertificates.keystore("PKCS12", password,
                TestCertificates.smime().x509()));
        write("application.yml", """
                server:
                  ssl:
                    key-store: file:mail.p12
                    key-store-password: ${MAIL_KEYSTORE_PASSWORD}
                    key-store-type: PKCS12
                """);

        ConfigScan.Found found = new ConfigScan().environment(Map.of("MAIL_KEYSTORE_PASSWORD", "s3cret-mail"))
                .scan(folder);

        assertThat(found.locations()).contains("application.yml > key server.ssl.key-store > file:mail.p12 > alias \"cert1\"");
        assertThat(found.problems()).isEmpty();
    }

    @Test
    void keystoreReadBeforeConfigIsReadAgain() throws IOException {
        Files.write(folder.resolve("a-mail.p12"), TestCertificates.keystore("PKCS12", "late".toCharArray(),
                TestCertificates.smime().x509()));
        write("application.yml", "server.ssl.key-store: a-mail.p12\nserver.ssl.key-store-password: late\n");

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.locations()).containsExactlyInAnyOrder("a-mail.p12 > alias \"cert1\"",
                "application.yml > key server.ssl.key-store > a-mail.p12 > alias \"cert1\"");
        assertThat(found.problems()).isEmpty();
    }

    @Test
    void wrongConfiguredPasswordKeepsBothProblems() throws IOException {
        Files.write(folder.resolve("mail.p12"), TestCertificates.keystore("PKCS12", "right".toCharArray(),
                TestCertificates.smime().x509()));
        write("application.yml", "server.ssl.key-store: mail.p12\nserver.ssl.key-store-password: wrong\n");

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.problems()).extracting(problem -> problem.location().display()).containsExactly(
                "application.yml > key server.ssl.key-store > mail.p12", "mail.p12");
    }

    @Test
    void jksBundlePasswordComesFromNamedSecret() throws IOException {
        Files.write(folder.resolve("trust.jks"), TestCertificates.keystore("JKS", "from-settings".toCharArray(),
                TestCertificates.smime().x509()));
        write("application.properties", """
                # trust bundle for outgoing mail
                spring.ssl.bundle.jks.mail.truststore.location=classpath:trust.jks
                spring.ssl.bundle.jks.mail.truststore.password=${mail-truststore}
                spring.ssl.bundle.jks.mail.truststore.type=JKS
                """);

        ConfigScan scan = new ConfigScan().secrets(Map.of("mail-truststore", "from-settings"));
        ConfigScan.Found found = scan.scan(folder);

        assertThat(found.locations()).contains("application.properties > key spring.ssl.bundle.jks.mail.truststore.location"
                + " > classpath:trust.jks > alias \"cert1\"");
        assertThat(scan.keystores.openedTypes).first().isEqualTo("JKS");
        assertThat(found.problems()).isEmpty();
    }

    @Test
    void placeholderDefaultIsUsed() throws IOException {
        Files.write(folder.resolve("mail.p12"), TestCertificates.keystore("PKCS12", "changeit".toCharArray(),
                TestCertificates.smime().x509()));
        write("application.yml", """
                server.ssl.key-store: ${KEYSTORE_PATH:mail.p12}
                server.ssl.key-store-password: ${KEYSTORE_PASSWORD:changeit}
                """);

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.locations()).contains(
                "application.yml > key server.ssl.key-store > ${KEYSTORE_PATH:mail.p12} > alias \"cert1\"");
        assertThat(found.problems()).isEmpty();
    }

    @Test
    void unresolvedPasswordIsFindingWithoutSecret() throws IOException {
        Files.write(folder.resolve("mail.p12"), TestCertificates.keystore("PKCS12", "changeit".toCharArray(),
                TestCertificates.smime().x509()));
        write("application.yml", """
                server:
                  ssl:
                    key-store: classpath:mail.p12
                    key-store-password: ${MAIL_KEYSTORE_PASSWORD}
                """);

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.codes()).contains("scan.config.password_missing");
        ContentDispatcher.Problem problem = found.problems().stream()
                .filter(candidate -> candidate.code() == ConfigProblems.PASSWORD_MISSING).findFirst().orElseThrow();
        assertThat(problem.location().display()).isEqualTo("application.yml > key server.ssl.key-store-password");
        assertThat(problem.message()).contains("application.yml", "key 'server.ssl.key-store-password' (line 4)",
                "${MAIL_KEYSTORE_PASSWORD}", "smime.passwordServers");
    }

    @Test
    void passwordNeverAppearsInMessages() throws IOException {
        write("application.yml", """
                server:
                  ssl:
                    key-store: classpath:missing.p12
                    key-store-password: hunter2-literal
                """);

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.codes()).containsExactly("scan.config.reference_missing");
        assertThat(found.onlyProblem().message()).doesNotContain("hunter2");
        assertThat(found.onlyProblem().location().display()).doesNotContain("hunter2");
    }

    @Test
    void missingReferenceNamesFileKeyAndValue() throws IOException {
        write("application.yml", """
                spring:
                  ssl:
                    bundle:
                      pem:
                        mail:
                          keystore:
                            certificate: classpath:certs/absent.pem
                """);

        ConfigScan.Found found = new ConfigScan().scan(folder);

        ContentDispatcher.Problem problem = found.onlyProblem();
        assertThat(problem.code()).isEqualTo(ConfigProblems.REFERENCE_MISSING);
        assertThat(problem.location().display())
                .isEqualTo("application.yml > key spring.ssl.bundle.pem.mail.keystore.certificate");
        assertThat(problem.message()).contains("application.yml",
                "key 'spring.ssl.bundle.pem.mail.keystore.certificate' (line 7)", "'classpath:certs/absent.pem'");
    }

    @Test
    void unresolvedPathPlaceholderIsMissingReference() throws IOException {
        write("application.yml", "server.ssl.certificate: ${CERT_DIR}/mail.pem\n");

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.onlyProblem().code()).isEqualTo(ConfigProblems.REFERENCE_MISSING);
        assertThat(found.onlyProblem().message()).contains("${CERT_DIR}");
    }

    @Test
    void absolutePathOutsideArtifactIsWarning() throws IOException {
        write("application.yml", "server.ssl.trust-certificate: file:/etc/pki/mail-ca.pem\n");

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.onlyProblem().code()).isEqualTo(ConfigProblems.REFERENCE_EXTERNAL);
        assertThat(found.onlyProblem().message()).contains("'file:/etc/pki/mail-ca.pem'", "smime.paths");
    }

    @Test
    void eachProfileDocumentIsRead() throws IOException {
        write("mail.pem", ALICE);
        write("bob.pem", BOB);
        write("application.yml", """
                server.ssl.certificate: mail.pem
                ---
                spring.config.activate.on-profile: prod
                server.ssl.certificate: bob.pem
                """);

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.locations()).contains(
                "application.yml > document 1 > key server.ssl.certificate > mail.pem > block 1",
                "application.yml > document 2 > key server.ssl.certificate > bob.pem > block 1");
    }

    @Test
    void malformedYamlIsFindingWithLine() throws IOException {
        write("application.yml", """
                server:
                  ssl:
                    certificate: a: b
                """);

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.onlyProblem().code()).isEqualTo(ConfigProblems.CONFIG_INVALID);
        assertThat(found.onlyProblem().message()).contains("application.yml", "line 3");
    }

    @Test
    void billionLaughsIsRejected() throws IOException {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char level = 'b'; level <= 'i'; level++) {
            String previous = "*" + (char) (level - 1);
            yaml.append(level).append(": &").append(level).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(9, previous))).append("]\n");
        }
        write("application.yml", yaml.toString());

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.onlyProblem().code()).isEqualTo(ConfigProblems.CONFIG_INVALID);
        assertThat(found.onlyProblem().message()).contains("aliases");
    }

    @Test
    void deepNestingIsRejected() throws IOException {
        write("application.yml", "a: " + "[".repeat(200) + "]".repeat(200) + "\n");

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.onlyProblem().code()).isEqualTo(ConfigProblems.CONFIG_INVALID);
        assertThat(found.onlyProblem().message()).contains("Nesting Depth");
    }

    @Test
    void recursiveAliasIsRejected() throws IOException {
        write("application.yml", "server: &loop\n  ssl: *loop\n");

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.onlyProblem().code()).isEqualTo(ConfigProblems.CONFIG_INVALID);
    }

    @Test
    void indentedPemInOtherYamlIsRead() throws IOException {
        write("chart/values.yml", "mail:\n  certificate: |\n" + indent(ALICE, 4));

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.locations()).containsExactly("chart/values.yml > block 1");
        assertThat(found.problems()).isEmpty();
    }

    @Test
    void otherYamlFilesAreNotAccepted() {
        Content values = new Content(Location.ofFile("chart/values.yml"), "server.ssl.certificate: x\n".getBytes(
                StandardCharsets.UTF_8));

        assertThat(new SpringBootConfigReader().accepts(values)).isFalse();
    }

    private void write(String name, String text) throws IOException {
        ConfigScan.write(folder, name, text);
    }

    static String indent(String text, int spaces) {
        return text.indent(spaces);
    }
}
