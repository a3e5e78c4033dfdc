package io.github.smimecheck.check.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.smimecheck.check.CertificateResult;
import io.github.smimecheck.check.Outcome;
import io.github.smimecheck.check.ScanOptions;
import io.github.smimecheck.check.ScanResult;
import io.github.smimecheck.check.Scanner;
import io.github.smimecheck.check.policy.Configuration;
import io.github.smimecheck.check.policy.PolicyFileException;
import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.testing.TestCertificates;
import io.github.smimecheck.check.testing.TestExceptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scans real files with real configuration files and checks how exceptions and owners shape the verdict. */
class VerdictScanTest {

    /** Covers both findings of a 1024-bit RSA key; approved 2026-01-01, last valid day 2026-06-30. */
    private static final String WEAK_KEY_EXCEPTION = TestExceptions.weakKeyException("certs/weak.pem**");

    @TempDir
    Path folder;

    private Path certs;

    @BeforeEach
    void writeWeakCertificate() throws IOException {
        certs = Files.createDirectories(folder.resolve("certs"));
        Files.writeString(certs.resolve("weak.pem"), TestCertificates.smime().key("RSA:1024").pem());
    }

    @Test
    void weakKeyFailsWithoutException() throws Exception {
        assertThat(scan("2026-06-01T00:00:00Z", null, null).outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void validExceptionTurnsScanGreen() throws Exception {
        ScanResult result = scan("2026-06-01T00:00:00Z", WEAK_KEY_EXCEPTION, null);

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(weak(result).findings()).filteredOn(Finding::isCovered).extracting(Finding::code)
                .containsExactly("smbr.key.rsa_modulus_invalid_length", "policy.key.rsa_below_minimum");
        assertThat(weak(result).findings()).filteredOn(Finding::isCovered).extracting(Finding::coveredBy)
                .containsOnly("EXC-7");
        assertThat(result.exceptions().get(0).coveredFindings()).isEqualTo(2);
    }

    @Test
    void lastSecondOfExpiryDayStillCovers() throws Exception {
        ScanResult result = scan("2026-06-30T23:59:59Z", WEAK_KEY_EXCEPTION, null);

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.exceptions().get(0).state()).isEqualTo(ExceptionStatus.State.EXPIRING);
    }

    @Test
    void dayBeforeExpiryStillCovers() throws Exception {
        assertThat(scan("2026-06-29T00:00:00Z", WEAK_KEY_EXCEPTION, null).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void dayAfterExpiryFailsNamingException() throws Exception {
        ScanResult result = scan("2026-07-01T00:00:00Z", WEAK_KEY_EXCEPTION, null);

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(weak(result).findings()).noneMatch(Finding::isCovered);
        ExceptionStatus status = result.exceptions().get(0);
        assertThat(status.state()).isEqualTo(ExceptionStatus.State.EXPIRED);
        assertThat(status.blockedFindings()).isEqualTo(2);
        assertThat(status.findings()).extracting(Finding::code).containsExactly("policy.exception.expired");
        assertThat(FailureMessage.full(result, "report.json"))
                .contains("> exception EXC-7: policy.exception.expired: exception EXC-7 (owner Mail Team, approver"
                        + " CISO, ticket SEC-42) expired on 2026-06-30 (valid through the end of that day UTC; as of"
                        + " 2026-07-01) and no longer covers 2 finding(s)")
                .contains("Expired exception EXC-7 (owner Mail Team, ");
    }

    @Test
    void dayBeforeWarningWindowIsActive() throws Exception {
        ScanResult result = scan("2026-05-01T23:59:59Z", WEAK_KEY_EXCEPTION, null);

        assertThat(result.exceptions().get(0).state()).isEqualTo(ExceptionStatus.State.ACTIVE);
        assertThat(result.exceptions().get(0).findings()).isEmpty();
    }

    @Test
    void firstDayOfWarningWindowWarns() throws Exception {
        ScanResult result = scan("2026-05-02T00:00:00Z", WEAK_KEY_EXCEPTION, null);

        ExceptionStatus status = result.exceptions().get(0);
        assertThat(status.state()).isEqualTo(ExceptionStatus.State.EXPIRING);
        assertThat(status.findings()).extracting(Finding::message).containsExactly("exception EXC-7 (owner Mail Team,"
                + " approver CISO, ticket SEC-42) expires on 2026-06-30, 59 day(s) after the as-of date 2026-05-02"
                + " (warning window 60 days); fix the certificates or renew the exception before then");
        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void dayBeforeApprovalCoversNothing() throws Exception {
        ScanResult result = scan("2025-12-31T12:00:00Z", WEAK_KEY_EXCEPTION, null);

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.exceptions().get(0).state()).isEqualTo(ExceptionStatus.State.NOT_IN_FORCE);
    }

    @Test
    void secondDayOfWarningWindowWarns() throws Exception {
        ScanResult result = scan("2026-05-03T00:00:00Z", WEAK_KEY_EXCEPTION, null);

        assertThat(result.exceptions().get(0).state()).isEqualTo(ExceptionStatus.State.EXPIRING);
    }

    @Test
    void approvalDayCovers() throws Exception {
        ScanResult result = scan("2026-01-01T00:00:00Z", WEAK_KEY_EXCEPTION, null);

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.exceptions().get(0).state()).isEqualTo(ExceptionStatus.State.ACTIVE);
    }

    @Test
    void dayAfterApprovalCovers() throws Exception {
        assertThat(scan("2026-01-02T00:00:00Z", WEAK_KEY_EXCEPTION, null).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void severityOffRemovesOwnerFinding() throws Exception {
        Path policy = Files.writeString(folder.resolve("policy.yaml"), "severity:\n  policy.owner.missing: OFF\n");

        ScanResult result = scan("2026-03-01T00:00:00Z", Configuration.load(policy, null, null));

        assertThat(weak(result).findings()).extracting(Finding::code).doesNotContain("policy.owner.missing");
    }

    @Test
    void unusedExceptionIsReportedAsInfo() throws Exception {
        String unused = WEAK_KEY_EXCEPTION.replace("certs/weak.pem**", "other/**");

        ScanResult result = scan("2026-03-01T00:00:00Z", unused, null);

        assertThat(result.exceptions().get(0).unused()).isTrue();
        assertThat(result.exceptions().get(0).findings()).extracting(Finding::code, f -> f.severity().name())
                .containsExactly(tuple("policy.exception.unused", "INFO"));
    }

    @Test
    void unusedExceptionFailsWhenPolicySaysSo() throws Exception {
        Files.writeString(folder.resolve("policy.yaml"), "exceptions:\n  failOnUnused: true\n");
        Files.delete(certs.resolve("weak.pem"));
        Files.writeString(folder.resolve("exceptions.yaml"), WEAK_KEY_EXCEPTION);

        ScanResult result = scan("2026-03-01T00:00:00Z",
                Configuration.load(folder.resolve("policy.yaml"), folder.resolve("exceptions.yaml"), null));

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(FailureMessage.failureLines(result)).singleElement().asString()
                .contains("policy.exception.unused: exception EXC-7");
    }

    @Test
    void unownedSmimeCertificateIsReported() throws Exception {
        ScanResult result = scan("2026-03-01T00:00:00Z", null, null);

        assertThat(weak(result).owner()).isNull();
        assertThat(weak(result).findings()).extracting(Finding::code).contains("policy.owner.missing");
    }

    @Test
    void ownerIsAssigned() throws Exception {
        ScanResult result = scan("2026-03-01T00:00:00Z", null, """
                owners:
                  - id: gateway
                    match: {subject: "CN=alice@.*"}
                    accountable: Jane Doe
                """);

        assertThat(weak(result).owner().accountable()).isEqualTo("Jane Doe");
        assertThat(weak(result).findings()).extracting(Finding::code).doesNotContain("policy.owner.missing");
    }

    @Test
    void twoAccountableOwnersAreAmbiguous() throws Exception {
        ScanResult result = scan("2026-03-01T00:00:00Z", WEAK_KEY_EXCEPTION, """
                owners:
                  - id: gateway
                    match: {subject: "CN=alice@.*"}
                    accountable: Jane Doe
                  - id: certs-folder
                    match: {location: "certs/**"}
                    accountable: John Roe
                """);

        assertThat(weak(result).owner()).isNull();
        assertThat(weak(result).findings()).filteredOn(f -> f.code().equals("policy.owner.ambiguous"))
                .extracting(Finding::message).singleElement().asString()
                .contains("[Jane Doe, John Roe]");
        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void unreadableContentIsCoveredByLocation() throws Exception {
        Files.writeString(certs.resolve("broken.pem"), "-----BEGIN CERTIFICATE-----\nAAAA!!\n-----END CERTIFICATE-----\n");
        String exception = WEAK_KEY_EXCEPTION.replace("certs/weak.pem**", "certs/broken.pem").replace(
                "[smbr.key.rsa_modulus_invalid_length, policy.key.rsa_below_minimum]",
                "[" + String.join(", ", unreadableCodes(scan("2026-03-01T00:00:00Z", null, null))) + "]");
        Files.delete(certs.resolve("weak.pem"));

        ScanResult result = scan("2026-03-01T00:00:00Z", exception, null);

        assertThat(result.problems()).isNotEmpty();
        assertThat(result.problems()).allMatch(problem -> "EXC-7".equals(problem.finding().coveredBy()));
        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
    }

    private static List<String> unreadableCodes(ScanResult result) {
        return result.problems().stream().map(problem -> problem.finding().code()).distinct().toList();
    }

    private static CertificateResult weak(ScanResult result) {
        return result.certificates().get(0);
    }

    private ScanResult scan(String asOf, String exceptions, String owners) throws IOException, PolicyFileException {
        Path exceptionsFile = exceptions == null ? null : Files.writeString(folder.resolve("exceptions.yaml"), exceptions);
        Path ownersFile = owners == null ? null : Files.writeString(folder.resolve("owners.yaml"), owners);
        return scan(asOf, Configuration.load(null, exceptionsFile, ownersFile));
    }

    private ScanResult scan(String asOf, Configuration configuration) {
        Clock clock = Clock.fixed(Instant.parse(asOf), ZoneOffset.UTC);
        return new Scanner().scan(ScanOptions.builder().root(certs).baseDirectory(folder).clock(clock)
                .configuration(configuration).build());
    }
}
