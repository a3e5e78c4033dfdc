package io.github.smimecheck.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.smimecheck.check.inventory.Inventory;
import io.github.smimecheck.check.testing.TestScans;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Scans real input on this machine. The cacerts test compares the scan with the JDK KeyStore API.
 * The report test runs only when {@code smime.realInput} lists paths (comma-separated), with
 * {@code smime.realInput.passwords} as {@code GLOB=ENV_VAR} entries, and prints the inventory size
 * and the problems; docs/real-input.md shows how it is run.
 */
class RealInputTest {

    private static final Path CACERTS = Path.of(System.getProperty("java.home"), "lib", "security", "cacerts");
    private static final String CACERTS_PASSWORD = "changeit";

    @Test
    void cacertsMatchesKeyStoreApi() throws IOException {
        assumeTrue(Files.isRegularFile(CACERTS), "no cacerts in this JDK");
        Set<String> expected = keyStoreFingerprints(CACERTS);
        assumeTrue(expected != null, "cacerts does not open with the default password");

        ScanResult result = new Scanner().scan(ScanOptions.builder().root(CACERTS).clock(TestScans.CLOCK)
                .environment(Map.of("CACERTS_PASSWORD", CACERTS_PASSWORD))
                .keystorePasswords(List.of("**/cacerts=CACERTS_PASSWORD")).build());

        assertThat(result.problems()).isEmpty();
        assertThat(new TreeSet<>(TestScans.sha256s(result))).isEqualTo(expected);
    }

    @Test
    @EnabledIfSystemProperty(named = "smime.realInput", matches = ".+")
    void reportRealInput() {
        List<Path> roots = Arrays.stream(System.getProperty("smime.realInput").split(",")).map(Path::of).toList();
        String passwords = System.getProperty("smime.realInput.passwords", "");
        ScanOptions.Builder options = ScanOptions.builder().roots(roots).clock(TestScans.CLOCK)
                .environment(System.getenv())
                .keystorePasswords(passwords.isBlank() ? List.of() : List.of(passwords.split(",")));

        long started = System.nanoTime();
        ScanResult result = new Scanner().scan(options.build());
        long millis = (System.nanoTime() - started) / 1_000_000;

        System.out.println("files read: " + result.inputs().size());
        System.out.println("distinct certificates: " + result.certificates().size());
        System.out.println("locations: " + result.certificates().stream().mapToInt(c -> c.locations().size()).sum());
        System.out.println("problems: " + result.problems().size());
        Map<String, List<String>> byCode = result.problems().stream().collect(Collectors.groupingBy(
                problem -> problem.finding().code(), TreeMap::new,
                Collectors.mapping(problem -> problem.location() + ": " + problem.finding().message(), Collectors.toList())));
        byCode.forEach((code, lines) -> lines.forEach(line -> System.out.println("  " + code + " " + line)));
        System.out.println("scan time: " + millis + " ms");
        assertThat(result.certificates()).isNotEmpty();
    }

    /** Returns the SHA-256 of every certificate the JDK lists, or null when the password is not the default. */
    private static Set<String> keyStoreFingerprints(Path file) throws IOException {
        try (InputStream input = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(input, CACERTS_PASSWORD.toCharArray());
            Set<String> fingerprints = new TreeSet<>();
            for (String alias : Collections.list(store.aliases())) {
                fingerprints.add(Inventory.sha256Hex(store.getCertificate(alias).getEncoded()));
            }
            return fingerprints;
        } catch (GeneralSecurityException | IOException e) {
            return null;
        }
    }
}
