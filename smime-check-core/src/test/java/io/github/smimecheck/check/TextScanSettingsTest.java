package io.github.smimecheck.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smimecheck.check.inventory.Location;
import io.github.smimecheck.check.policy.Configuration;
import io.github.smimecheck.check.policy.Policy;
import io.github.smimecheck.check.rules.policy.ExpiryWindowRule;
import io.github.smimecheck.check.testing.TestCertificates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextScanSettingsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final Map<String, String> ENVIRONMENT = Map.of("P12_PASSWORD", "p12-secret");

    @TempDir
    Path workspace;

    @Test
    void cleanCertificateUnderPatternPasses() throws IOException {
        write("dist/certs/alice.pem", TestCertificates.smime().pem());

        ScanResult result = new Scanner().scan(settings("dist/**", "").prepare(workspace, ENVIRONMENT, CLOCK).options());

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.certificates()).hasSize(1);
    }

    @Test
    void locationsAreRelativeToWorkspace() throws IOException {
        write("dist/certs/alice.pem", TestCertificates.smime().pem());

        ScanResult result = new Scanner().scan(settings("dist/**", "").prepare(workspace, ENVIRONMENT, CLOCK).options());

        assertThat(result.certificates().get(0).locations()).extracting(Location::display)
                .containsExactly("dist/certs/alice.pem > block 1");
    }

    @Test
    void weakCertificateUnderPatternFails() throws IOException {
        write("dist/legacy.pem", TestCertificates.smime().key("RSA:1024").pem());

        ScanResult result = new Scanner().scan(settings("dist/", "").prepare(workspace, ENVIRONMENT, CLOCK).options());

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void filesOutsideThePatternAreNotScanned() throws IOException {
        write("dist/alice.pem", TestCertificates.smime().pem());
        write("test-fixtures/legacy.pem", TestCertificates.smime().key("RSA:1024").pem());

        ScanResult result = new Scanner().scan(settings("dist/**", "").prepare(workspace, ENVIRONMENT, CLOCK).options());

        assertThat(result.inputs()).extracting(ScannedFile::path).containsExactly("dist/alice.pem");
    }

    @Test
    void asOfSettingIsApplied() throws IOException {
        write("dist/alice.pem", TestCertificates.smime().pem());

        TextScanSettings.PreparedScan prepared = settings("dist/**", "2027-03-01").prepare(workspace, ENVIRONMENT, CLOCK);

        assertThat(prepared.options().asOf()).isEqualTo(Instant.parse("2027-03-01T00:00:00Z"));
    }

    /** Turns the renewal windows off, so only expiry itself decides the verdict around notAfter. */
    private static final Configuration EXPIRY_ONLY = new Configuration(Policy.builder()
            .severity(ExpiryWindowRule.RENEWAL_OVERDUE.code(), Policy.OFF)
            .severity(ExpiryWindowRule.EXPIRING_SOON.code(), Policy.OFF)
            .build(), List.of(), List.of(), List.of());

    @ParameterizedTest(name = "asOf {0} gives {1}")
    @CsvSource({
            "2026-12-31, PASS",
            "2027-01-01, PASS",
            "2027-01-01T00:00:01Z, FAIL",
            "2027-01-02, FAIL"})
    void asOfTextDecidesExpiryAtNotAfter(String asOf, Outcome expected) throws IOException {
        Instant notAfter = Instant.parse("2027-01-01T00:00:00Z");
        write("dist/alice.pem", TestCertificates.smime().validity(TestCertificates.DEFAULT_NOT_BEFORE, notAfter).pem());

        TextScanSettings.PreparedScan prepared = settings("dist/**", asOf).prepare(workspace, ENVIRONMENT, CLOCK,
                EXPIRY_ONLY);
        ScanResult result = new Scanner().scan(prepared.options());

        assertThat(result.outcome()).isEqualTo(expected);
    }

    @Test
    void configurationReachesOptions() throws IOException {
        write("dist/alice.pem", TestCertificates.smime().pem());

        TextScanSettings.PreparedScan prepared = settings("dist/**", "").prepare(workspace, ENVIRONMENT, CLOCK,
                EXPIRY_ONLY);

        assertThat(prepared.options().policy()).isSameAs(EXPIRY_ONLY.policy());
    }

    @Test
    void invalidPasswordEntryIsRejectedBeforeScanning() {
        TextScanSettings settings = new TextScanSettings("dist/**", "", "**/*.p12=P12_PASSWORD\nhunter2",
                ScanLimits.defaults());

        assertThatThrownBy(settings::validate)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid keystore password entry 2: it has no '='")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void blankAsOfUsesClock() throws IOException {
        write("dist/alice.pem", TestCertificates.smime().pem());

        TextScanSettings.PreparedScan prepared = settings("dist/**", " ").prepare(workspace, ENVIRONMENT, CLOCK);

        assertThat(prepared.options().asOf()).isEqualTo(CLOCK.instant());
    }

    @Test
    void passwordVariablesReachOptions() throws IOException {
        write("keys/mail.p12", "not a keystore yet");

        TextScanSettings.PreparedScan prepared = settings("keys/", "").prepare(workspace, ENVIRONMENT, CLOCK);

        assertThat(prepared.options().passwords().passwordsFor(Location.ofFile("keys/mail.p12")))
                .extracting(String::new).containsExactly("p12-secret");
    }

    @Test
    void environmentReachesOptions() throws IOException {
        write("dist/alice.pem", TestCertificates.smime().pem());

        TextScanSettings.PreparedScan prepared = settings("dist/**", "").prepare(workspace, ENVIRONMENT, CLOCK);

        assertThat(prepared.options().environment()).isEqualTo(ENVIRONMENT);
    }

    @Test
    void warningsNameUnmatchedPatternAndUnsetVariable() throws IOException {
        write("dist/alice.pem", TestCertificates.smime().pem());
        TextScanSettings settings = new TextScanSettings("dist/**, out/**", "", "**/*.jks=TRUST_PASSWORD",
                ScanLimits.defaults());

        TextScanSettings.PreparedScan prepared = settings.prepare(workspace, ENVIRONMENT, CLOCK);

        assertThat(prepared.warnings()).hasSize(2);
        assertThat(prepared.warnings().get(0)).contains("path pattern 'out/**' matched no file or folder");
        assertThat(prepared.warnings().get(1)).contains("smime.keystorePasswords entry 1 (for **/*.jks) is not set")
                .doesNotContain("TRUST_PASSWORD");
    }

    @Test
    void textOmitsPasswordEntries() {
        TextScanSettings settings = new TextScanSettings("dist/**", "", "**/*.p12=NpTrustSecret2026",
                ScanLimits.defaults());

        assertThat(settings.toString()).doesNotContain("NpTrustSecret2026").contains("keystorePasswords=[1 hidden]");
    }

    @Test
    void nothingMatchedIsRejected() {
        assertThatThrownBy(() -> settings("dist/**", "").prepare(workspace, ENVIRONMENT, CLOCK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no path pattern matched a file or folder (dist/**), so nothing was scanned");
    }

    @Test
    void invalidAsOfIsRejectedBeforeScanning() {
        assertThatThrownBy(() -> settings("dist/**", "next week").validate())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid asOf 'next week'");
    }

    @Test
    void negativeDepthIsRejected() {
        TextScanSettings settings = new TextScanSettings("dist/**", "", "", new ScanLimits(-1, 1, 1, 1));

        assertThatThrownBy(settings::validate)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid maxDepth -1; it must be 0 or more");
    }

    @Test
    void zeroFileSizeLimitIsRejected() {
        TextScanSettings settings = new TextScanSettings("dist/**", "", "", new ScanLimits(8, 1, 1, 0));

        assertThatThrownBy(settings::validate)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid maxFileBytes 0; it must be 1 or more");
    }

    @Test
    void zeroDepthIsAllowed() {
        TextScanSettings settings = new TextScanSettings("dist/**", "", "", new ScanLimits(0, 1, 1, 1));

        settings.validate();

        assertThat(settings.limits().maxDepth()).isZero();
    }

    private static TextScanSettings settings(String paths, String asOf) {
        return new TextScanSettings(paths, asOf, "**/*.p12=P12_PASSWORD", ScanLimits.defaults());
    }

    private void write(String relative, String content) throws IOException {
        Path file = workspace.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
