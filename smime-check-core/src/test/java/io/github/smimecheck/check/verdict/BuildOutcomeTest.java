package io.github.smimecheck.check.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.ScanResult;
import io.github.smimecheck.check.policy.Configuration;
import io.github.smimecheck.check.policy.PolicyFileException;
import io.github.smimecheck.check.testing.TestCertificates;
import io.github.smimecheck.check.testing.TestExceptions;
import io.github.smimecheck.check.testing.TestScans;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scans real files and checks the lines and the build decision every front end takes from the core. */
class BuildOutcomeTest {

    private static final String REPORT = "target/smime-check/smime-check-report.json";

    @TempDir
    Path folder;

    @Test
    void cleanScanPrintsInfoLinesAndPasses() throws IOException {
        write("certs/alice.pem", TestCertificates.smime().pem());

        BuildOutcome outcome = BuildOutcome.of(TestScans.scan(folder), REPORT, true);

        assertThat(outcome.failsBuild()).isFalse();
        assertThat(outcome.lines()).extracting(BuildOutcome.Line::level).doesNotContain(BuildOutcome.Level.ERROR);
        assertThat(outcome.texts()).first().isEqualTo("Evaluated as of 2026-06-01T00:00:00Z");
        assertThat(outcome.texts()).last().isEqualTo("Evidence: " + REPORT);
    }

    @Test
    void cleanScanPrintsSummaryAfterConfiguration() throws IOException {
        write("certs/alice.pem", TestCertificates.smime().pem());
        ScanResult result = TestScans.scan(folder);

        BuildOutcome outcome = BuildOutcome.of(result, REPORT, true);

        assertThat(outcome.texts()).containsSubsequence(FailureMessage.configurationLines(result).get(1),
                FailureMessage.summary(result));
    }

    @Test
    void failingScanFailsBuild() throws IOException {
        write("certs/weak.pem", TestCertificates.smime().key("RSA:1024").pem());
        ScanResult result = TestScans.scan(folder);

        BuildOutcome outcome = BuildOutcome.of(result, REPORT, true);

        assertThat(outcome.failsBuild()).isTrue();
        assertThat(outcome.failureMessage()).isEqualTo(FailureMessage.full(result, REPORT));
    }

    @Test
    void failingScanPrintsIndentedFailureLinesAsErrors() throws IOException {
        write("certs/weak.pem", TestCertificates.smime().key("RSA:1024").pem());
        ScanResult result = TestScans.scan(folder);

        BuildOutcome outcome = BuildOutcome.of(result, REPORT, true);

        assertThat(outcome.lines()).filteredOn(line -> line.level() == BuildOutcome.Level.ERROR)
                .extracting(BuildOutcome.Line::text)
                .first().isEqualTo(FailureMessage.summary(result));
        assertThat(outcome.lines()).filteredOn(line -> line.level() == BuildOutcome.Level.ERROR)
                .extracting(BuildOutcome.Line::text)
                .contains("  certs/weak.pem > block 1 [CN=alice@example.com]:"
                        + " smbr.key.rsa_modulus_invalid_length: " + weakKeyMessage(result));
    }

    @Test
    void reportOnlyModeKeepsBuildGreen() throws IOException {
        write("certs/weak.pem", TestCertificates.smime().key("RSA:1024").pem());

        BuildOutcome outcome = BuildOutcome.of(TestScans.scan(folder), REPORT, false);

        assertThat(outcome.failsBuild()).isFalse();
        assertThat(outcome.texts()).anyMatch(text -> text.endsWith(": FAIL"));
    }

    @Test
    void expiredExceptionIsWarning() throws IOException, PolicyFileException {
        write("certs/weak.pem", TestCertificates.smime().key("RSA:1024").pem());
        Path exceptions = write("exceptions.yaml", TestExceptions.weakKeyException("certs/weak.pem**"));
        Configuration configuration = Configuration.load(folder, null, exceptions, null);
        Clock dayAfterExpiry = Clock.fixed(Instant.parse("2026-07-01T00:00:00Z"), ZoneOffset.UTC);

        ScanResult result = TestScans.scan(folder, options -> options.configuration(configuration).clock(dayAfterExpiry));
        BuildOutcome outcome = BuildOutcome.of(result, REPORT, true);

        assertThat(outcome.lines()).filteredOn(line -> line.level() == BuildOutcome.Level.WARNING)
                .extracting(BuildOutcome.Line::text).filteredOn(text -> text.startsWith("Expired"))
                .containsExactly("Expired exception EXC-7 (owner Mail Team, exceptions.yaml:2) expired on 2026-06-30"
                        + " and no longer covers any finding");
    }

    @Test
    void warningsFollowFailureLines() throws IOException, PolicyFileException {
        write("certs/weak.pem", TestCertificates.smime().key("RSA:1024").pem());
        write("uncovered/weak.pem", TestCertificates.smime().subject("CN=bob@example.com").key("RSA:1024").pem());
        Path exceptions = write("exceptions.yaml", TestExceptions.weakKeyException("certs/weak.pem**"));
        Configuration configuration = Configuration.load(folder, null, exceptions, null);

        ScanResult result = TestScans.scan(folder, options -> options.configuration(configuration));
        List<BuildOutcome.Line> lines = BuildOutcome.of(result, REPORT, true).lines();
        List<String> warnings = lines.stream().filter(line -> line.level() == BuildOutcome.Level.WARNING)
                .map(BuildOutcome.Line::text).toList();
        int lastFailure = lines.stream().map(BuildOutcome.Line::level).toList().lastIndexOf(BuildOutcome.Level.ERROR);
        int firstWarning = lines.stream().map(BuildOutcome.Line::level).toList().indexOf(BuildOutcome.Level.WARNING);

        assertThat(FailureMessage.summary(result)).contains(" " + warnings.size() + " warnings: FAIL");
        assertThat(warnings).anyMatch(text -> text.startsWith("  exceptions.yaml:2 > exception EXC-7:"
                + " policy.exception.expiring: "));
        assertThat(warnings).anyMatch(text -> text.startsWith("  uncovered/weak.pem > block 1 [CN=bob@example.com]:"
                + " policy.owner.missing: "));
        assertThat(warnings).noneMatch(text -> text.contains("smbr.key.rsa_modulus_invalid_length"));
        assertThat(firstWarning).isGreaterThan(lastFailure);
        assertThat(lastFailure).isPositive();
    }

    @Test
    void warningsStayOutOfFailureMessage() throws IOException, PolicyFileException {
        write("certs/weak.pem", TestCertificates.smime().key("RSA:1024").pem());
        Path exceptions = write("exceptions.yaml", TestExceptions.weakKeyException("certs/weak.pem**"));
        Configuration configuration = Configuration.load(folder, null, exceptions, null);

        ScanResult result = TestScans.scan(folder, options -> options.configuration(configuration));
        BuildOutcome outcome = BuildOutcome.of(result, REPORT, true);

        assertThat(outcome.texts()).anyMatch(text -> text.contains("policy.exception.expiring"));
        assertThat(outcome.failureMessage()).doesNotContain("policy.exception.expiring");
    }

    @Test
    void configurationFilesArePrinted() throws IOException, PolicyFileException {
        write("certs/alice.pem", TestCertificates.smime().pem());
        Path exceptions = write("exceptions.yaml", TestExceptions.weakKeyException("certs/weak.pem**"));
        Configuration configuration = Configuration.load(folder, null, exceptions, null);

        ScanResult result = TestScans.scan(folder, options -> options.configuration(configuration));
        BuildOutcome outcome = BuildOutcome.of(result, REPORT, true);

        assertThat(outcome.texts()).anyMatch(text -> text.startsWith("Configuration: exceptions exceptions.yaml (sha256 "));
    }

    private static String weakKeyMessage(ScanResult result) {
        return result.certificates().get(0).findings().stream()
                .filter(finding -> finding.code().equals("smbr.key.rsa_modulus_invalid_length"))
                .findFirst().orElseThrow().message();
    }

    private Path write(String relative, String content) throws IOException {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
