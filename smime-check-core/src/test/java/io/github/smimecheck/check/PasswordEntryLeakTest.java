package io.github.smimecheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.read.EnvironmentPasswordSource;
import io.github.smimecheck.check.report.EvidenceWriter;
import io.github.smimecheck.check.testing.TestCertificates;
import io.github.smimecheck.check.testing.TestKeystores;
import io.github.smimecheck.check.testing.TestKeystores.Pkcs12Protection;
import io.github.smimecheck.check.testing.TestScans;
import io.github.smimecheck.check.verdict.BuildOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user who writes the password where the variable name belongs ({@code GLOB=PASSWORD}) gets a
 * valid entry whose "variable" is the password, so no log line or report may print that text.
 */
class PasswordEntryLeakTest {

    private static final String PASSWORD = "NpTrustSecret2026";
    private static final List<String> ENTRIES = List.of("**/truststore.p12=" + PASSWORD);

    @TempDir
    Path folder;

    private ScanResult result;

    @BeforeEach
    void scanKeystoreWithPasswordAsVariableName() throws IOException {
        Path input = Files.createDirectories(folder.resolve("in"));
        Files.write(input.resolve("truststore.p12"), TestKeystores.pkcs12(Pkcs12Protection.AES256_SHA256_MAC,
                PASSWORD, "bob", TestCertificates.smime().subject("CN=bob@example.com").x509()));

        result = TestScans.scan(input, options -> options.environment(Map.of()).keystorePasswords(ENTRIES));
    }

    @Test
    void logLinesOmitPassword() {
        BuildOutcome outcome = BuildOutcome.of(result, "out/smime-check-report.json", true);
        List<String> lines = new ArrayList<>(EnvironmentPasswordSource.parse(ENTRIES, Map.of()).unsetVariableLines());
        lines.addAll(outcome.texts());
        lines.add(outcome.failureMessage());

        assertThat(lines).anyMatch(line -> line.contains("smime.keystorePasswords entry 1 (for **/truststore.p12)"));
        assertThat(lines).noneMatch(line -> line.contains(PASSWORD));
    }

    @Test
    void reportsOmitPassword() throws IOException {
        Path out = folder.resolve("out");
        EvidenceWriter.allFormats().write(result, out);

        List<Path> reports;
        try (Stream<Path> files = Files.list(out)) {
            reports = files.toList();
        }

        assertThat(reports).hasSizeGreaterThan(5);
        for (Path report : reports) {
            assertThat(Files.readString(report, StandardCharsets.UTF_8)).as(report.toString()).doesNotContain(PASSWORD);
        }
    }

    @Test
    void problemNamesEntry() {
        assertThat(result.problems()).singleElement().extracting(problem -> problem.finding().message())
                .asString().contains("smime.keystorePasswords entry 1 (for **/truststore.p12), whose variable is not set");
    }
}
