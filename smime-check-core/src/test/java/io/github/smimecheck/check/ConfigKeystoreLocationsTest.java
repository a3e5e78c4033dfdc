package io.github.smimecheck.check;

import static io.github.smimecheck.check.testing.TestScans.certificateLocations;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.testing.ArchiveBuilder;
import io.github.smimecheck.check.testing.TestCertificates;
import io.github.smimecheck.check.testing.TestKeystores;
import io.github.smimecheck.check.testing.TestKeystores.Pkcs12Protection;
import io.github.smimecheck.check.testing.TestScans;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A keystore whose password only a configuration placeholder gives is listed at its own
 * locations too, whether the walker meets the file before or after the configuration.
 */
class ConfigKeystoreLocationsTest {

    private static final String PASSWORD = "p12-secret";
    private static final String CONFIG = """
            server:
              ssl:
                key-store: classpath:keystores/x.p12
                key-store-password: ${P12_PASSWORD}
            """;

    @TempDir
    Path folder;

    private byte[] keystore;

    @BeforeEach
    void createKeystore() {
        keystore = TestKeystores.pkcs12(Pkcs12Protection.AES256_SHA256_MAC, PASSWORD, "alice",
                TestCertificates.smime().x509());
    }

    @Test
    void folderListsKeystoreFile() throws IOException {
        write("src/main/resources/application.yml", CONFIG.getBytes(StandardCharsets.UTF_8));
        write("src/main/resources/keystores/x.p12", keystore);

        ScanResult result = scan();

        assertThat(certificateLocations(result)).containsExactly(
                "src/main/resources/application.yml > key server.ssl.key-store > classpath:keystores/x.p12"
                        + " > alias \"alice\"",
                "src/main/resources/keystores/x.p12 > alias \"alice\"");
        assertThat(result.problems()).isEmpty();
    }

    @ParameterizedTest(name = "config first: {0}")
    @ValueSource(booleans = {true, false})
    void jarListsKeystoreEntry(boolean configFirst) throws IOException {
        ArchiveBuilder jar = configFirst
                ? ArchiveBuilder.entries().add("application.yml", CONFIG).add("keystores/x.p12", keystore)
                : ArchiveBuilder.entries().add("keystores/x.p12", keystore).add("application.yml", CONFIG);
        write("target/app.jar", jar.zip());

        ScanResult result = scan();

        assertThat(certificateLocations(result)).containsExactly(
                "target/app.jar > application.yml > key server.ssl.key-store > classpath:keystores/x.p12"
                        + " > alias \"alice\"",
                "target/app.jar > keystores/x.p12 > alias \"alice\"");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void copyElsewhereOpensWithConfigPassword() throws IOException {
        write("src/main/resources/application.yml", CONFIG.getBytes(StandardCharsets.UTF_8));
        write("src/main/resources/keystores/x.p12", keystore);
        write("target/app.jar", ArchiveBuilder.entries().add("keystores/x.p12", keystore).zip());

        ScanResult result = scan();

        assertThat(certificateLocations(result)).contains("target/app.jar > keystores/x.p12 > alias \"alice\"");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void wrongConfigPasswordKeepsProblem() throws IOException {
        write("target/app.jar", ArchiveBuilder.entries().add("keystores/x.p12", keystore)
                .add("application.yml", CONFIG).zip());

        ScanResult result = TestScans.scan(folder, options -> options.environment(Map.of("P12_PASSWORD", "wrong")));

        assertThat(certificateLocations(result)).isEmpty();
        assertThat(TestScans.problemLocations(result)).contains(
                "target/app.jar > application.yml > key server.ssl.key-store > classpath:keystores/x.p12");
    }

    private ScanResult scan() {
        return TestScans.scan(folder, options -> options.environment(Map.of("P12_PASSWORD", PASSWORD)));
    }

    private void write(String path, byte[] bytes) throws IOException {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}
