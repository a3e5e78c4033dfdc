package io.github.smimecheck.check.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.smimecheck.check.ScanOptions;
import io.github.smimecheck.check.ScanResult;
import io.github.smimecheck.check.Scanner;
import io.github.smimecheck.check.inventory.Inventory;
import io.github.smimecheck.check.policy.Configuration;
import io.github.smimecheck.check.testing.TestCertificates;
import io.github.smimecheck.check.verdict.FailureMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportWriterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private JsonNode report;
    private ScanResult result;
    private Path exceptionsFile;

    @BeforeEach
    void scanWithConfiguration() throws Exception {
        Path certs = Files.createDirectories(folder.resolve("certs"));
        Files.writeString(certs.resolve("alice.pem"), TestCertificates.smime().pem());
        Files.writeString(certs.resolve("bob.pem"), TestCertificates.smime().subject("CN=bob@example.com")
                .emails("bob@example.com").pem());
        exceptionsFile = Files.writeString(folder.resolve("exceptions.yaml"), """
                exceptions:
                  - id: EXC-1
                    match: {subject: "CN=bob@.*"}
                    codes: [policy.owner.missing]
                    owner: Mail Team
                    approver: CISO
                    reason: owner being hired
                    approved: 2026-05-01
                    expires: 2026-07-30
                """);
        Path owners = Files.writeString(folder.resolve("owners.yaml"), """
                owners:
                  - id: alice-signing
                    match: {subject: "CN=alice@.*"}
                    accountable: Jane Doe
                    responsible: [Mail Team]
                    contact: mail-team@example.com
                """);

        result = new Scanner().scan(ScanOptions.builder().root(certs).baseDirectory(folder).clock(CLOCK)
                .configuration(Configuration.load(folder, null, exceptionsFile, owners)).build());
        Path written = new JsonReportWriter().write(result, folder.resolve("out"));
        report = new ObjectMapper().readTree(written.toFile());
    }

    @Test
    void configurationListsFilesWithDigests() throws Exception {
        JsonNode configuration = report.get("configuration");

        assertThat(configuration).hasSize(3);
        assertThat(configuration.get(0).get("path").asText()).isEqualTo("embedded:default-policy.yaml");
        assertThat(configuration.get(1).get("role").asText()).isEqualTo("exceptions");
        assertThat(configuration.get(1).get("path").asText()).isEqualTo("exceptions.yaml");
        assertThat(configuration.get(1).get("sha256").asText())
                .isEqualTo(Inventory.sha256Hex(Files.readAllBytes(exceptionsFile)));
    }

    @Test
    void effectivePolicyCarriesYamlAndDigest() {
        JsonNode policy = report.get("effectivePolicy");
        String yaml = policy.get("yaml").asText();

        assertThat(yaml).contains("maxValidityDays: 825");
        assertThat(policy.get("sha256").asText()).isEqualTo(Inventory.sha256Hex(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void exceptionStatusIsListed() {
        JsonNode exception = report.get("exceptions").get(0);

        assertThat(exception.get("id").asText()).isEqualTo("EXC-1");
        assertThat(exception.get("source").asText()).isEqualTo("exceptions.yaml:2");
        assertThat(exception.get("state").asText()).isEqualTo("EXPIRING");
        assertThat(exception.get("expires").asText()).isEqualTo("2026-07-30");
        assertThat(exception.get("coveredFindings").asInt()).isEqualTo(1);
        assertThat(exception.get("findings").get(0).get("code").asText()).isEqualTo("policy.exception.expiring");
    }

    @Test
    void certificateCarriesOwner() {
        JsonNode alice = certificate("CN=alice@example.com");

        assertThat(alice.get("owner").get("accountable").asText()).isEqualTo("Jane Doe");
        assertThat(alice.get("owner").get("responsible").get(0).asText()).isEqualTo("Mail Team");
        assertThat(certificate("CN=bob@example.com").get("owner").isNull()).isTrue();
    }

    @Test
    void coveredFindingNamesException() {
        JsonNode finding = certificate("CN=bob@example.com").get("findings").get(0);

        assertThat(finding.get("code").asText()).isEqualTo("policy.owner.missing");
        assertThat(finding.get("coveredBy").asText()).isEqualTo("EXC-1");
    }

    @Test
    void ownersGroupCertificatesWithUnownedLast() {
        JsonNode owners = report.get("owners");

        assertThat(owners).hasSize(2);
        assertThat(owners.get(0).get("accountable").asText()).isEqualTo("Jane Doe");
        assertThat(owners.get(0).get("certificates").get(0).get("subject").asText()).isEqualTo("CN=alice@example.com");
        assertThat(owners.get(1).get("accountable").isNull()).isTrue();
        assertThat(owners.get(1).get("certificates").get(0).get("subject").asText()).isEqualTo("CN=bob@example.com");
    }

    @Test
    void inputsListScannedFiles() {
        assertThat(report.get("inputs")).hasSize(2);
        assertThat(report.get("inputs").get(0).get("sha256").asText()).hasSize(64);
    }

    @Test
    void summaryCountsCoverageAndOwners() {
        JsonNode summary = report.get("summary");

        assertThat(summary.get("coveredFindings").asInt()).isEqualTo(1);
        assertThat(summary.get("expiredExceptions").asInt()).isZero();
        assertThat(summary.get("unownedSmimeCertificates").asInt()).isEqualTo(1);
    }

    @Test
    void configurationLinesNameAsOfAndFiles() {
        assertThat(FailureMessage.configurationLines(result)).containsExactly(
                "Evaluated as of 2026-06-01T00:00:00Z",
                "Configuration: policy embedded:default-policy.yaml (sha256 " + result.configuration().get(0).sha256() + ")",
                "Configuration: exceptions exceptions.yaml (sha256 " + result.configuration().get(1).sha256() + ")",
                "Configuration: owners owners.yaml (sha256 " + result.configuration().get(2).sha256() + ")");
    }

    private JsonNode certificate(String subject) {
        for (JsonNode certificate : report.get("certificates")) {
            if (certificate.get("subject").asText().equals(subject)) {
                return certificate;
            }
        }
        throw new AssertionError("no certificate " + subject + " in the report");
    }
}
