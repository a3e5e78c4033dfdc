package io.github.smimecheck.check.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.smimecheck.check.ScanResult;
import io.github.smimecheck.check.rules.RuleRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void sampleReportMatchesOfficialSchema() throws IOException {
        assertThat(schemaErrors(SampleResults.full())).isEmpty();
    }

    @Test
    void emptyReportMatchesOfficialSchema() throws IOException {
        assertThat(schemaErrors(SampleResults.empty())).isEmpty();
    }

    @Test
    void realScanReportMatchesOfficialSchema() throws IOException {
        assertThat(schemaErrors(RealScans.mixed(folder))).isEmpty();
    }

    @Test
    void schemaRejectsBrokenLog() throws IOException {
        JsonNode broken = MAPPER.readTree("{\"version\":\"2.1.0\",\"runs\":[{\"results\":[]}]}");

        assertThat(schema().validate(broken)).isNotEmpty();
    }

    @Test
    void everyResultHasPhysicalLocation() throws IOException {
        for (ScanResult result : List.of(SampleResults.full(), SampleResults.withoutConfiguration())) {
            for (JsonNode node : sarif(result).at("/runs/0/results")) {
                assertThat(node.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                        .as("location of %s", node.get("ruleId")).isNotEmpty();
            }
        }
    }

    @Test
    void exceptionFindingWithoutExceptionsFileIsAtRoot() throws IOException {
        JsonNode run = sarif(SampleResults.withoutConfiguration()).at("/runs/0");

        assertThat(findResult(run, "policy.exception.expired").at("/locations/0/physicalLocation/artifactLocation/uri")
                .asText()).isEqualTo("app.war");
    }

    @Test
    void everyRegisteredCodeIsRuleWithHelp() throws IOException {
        JsonNode rules = sarif(SampleResults.full()).at("/runs/0/tool/driver/rules");

        List<String> ids = new ArrayList<>();
        rules.forEach(rule -> ids.add(rule.get("id").asText()));
        assertThat(ids).containsAll(RuleRegistry.allCodes().keySet());
        rules.forEach(rule -> assertThat(rule.at("/help/text").asText()).contains("Requirement:"));
    }

    @Test
    void undeclaredCodeGetsRule() throws IOException {
        JsonNode run = sarif(SampleResults.full()).at("/runs/0");

        JsonNode result = findResult(run, "read.keystore.password_missing");
        int index = result.get("ruleIndex").asInt();
        assertThat(run.at("/tool/driver/rules/" + index + "/id").asText()).isEqualTo("read.keystore.password_missing");
    }

    @Test
    void resultLocatedAtScannedFileWithNestedPath() throws IOException {
        JsonNode run = sarif(SampleResults.full()).at("/runs/0");

        JsonNode result = findResult(run, "smbr.key.rsa_modulus_invalid_length");
        JsonNode location = result.at("/locations/0");
        assertThat(location.at("/physicalLocation/artifactLocation/uri").asText()).isEqualTo("app.war");
        assertThat(location.at("/physicalLocation/artifactLocation/index").asInt()).isZero();
        assertThat(location.at("/logicalLocations/0/fullyQualifiedName").asText())
                .isEqualTo("app.war > WEB-INF/classes/mail.p12 > alias \"signing\"");
        assertThat(result.at("/message/text").asText()).contains("app.war > WEB-INF/classes/mail.p12");
    }

    @Test
    void oneResultPerCertificateLocation() throws IOException {
        JsonNode run = sarif(SampleResults.full()).at("/runs/0");

        long count = countResults(run, "smbr.key.rsa_modulus_invalid_length");
        assertThat(count).isEqualTo(2);
    }

    @Test
    void coveredFindingIsAcceptedSuppression() throws IOException {
        JsonNode run = sarif(SampleResults.full()).at("/runs/0");

        JsonNode suppression = findResult(run, "smbr.signature.weak_hash").at("/suppressions/0");
        assertThat(suppression.get("kind").asText()).isEqualTo("external");
        assertThat(suppression.get("status").asText()).isEqualTo("accepted");
        assertThat(suppression.get("justification").asText())
                .isEqualTo("exception EX-2026-01: legacy archive decryption only");
    }

    @Test
    void uncoveredFindingHasNoSuppression() throws IOException {
        JsonNode run = sarif(SampleResults.full()).at("/runs/0");

        assertThat(findResult(run, "smbr.key.rsa_modulus_invalid_length").has("suppressions")).isFalse();
    }

    @Test
    void fingerprintsAreDistinctPerLocation() throws IOException {
        JsonNode run = sarif(SampleResults.full()).at("/runs/0");

        List<String> fingerprints = new ArrayList<>();
        run.get("results").forEach(result -> fingerprints.add(
                result.at("/partialFingerprints/" + SarifReportWriter.FINGERPRINT_KEY.replace("/", "~1")).asText()));
        assertThat(fingerprints).doesNotContain("").doesNotHaveDuplicates();
    }

    @Test
    void fingerprintsAreStableAcrossRuns() throws IOException {
        String first = sarif(SampleResults.full()).at("/runs/0/results").toString();
        String second = sarif(SampleResults.full()).at("/runs/0/results").toString();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void artifactsCarryInputDigests() throws IOException {
        JsonNode artifacts = sarif(SampleResults.full()).at("/runs/0/artifacts");

        assertThat(artifacts.at("/0/hashes/sha-256").asText()).isEqualTo("a".repeat(64));
        assertThat(artifacts.at("/1/location/uri").asText()).isEqualTo("config/mail%20pem%20dir/../mail.pem");
        assertThat(artifacts.at("/2/roles/0").asText()).isEqualTo("policy");
        assertThat(artifacts.at("/2/hashes/sha-256").asText()).isEqualTo("c".repeat(64));
    }

    @Test
    void runCarriesClockAndAsOf() throws IOException {
        JsonNode properties = sarif(SampleResults.full()).at("/runs/0/properties");

        assertThat(properties.get("clock").asText()).isEqualTo("2026-06-01T08:30:00Z");
        assertThat(properties.get("asOf").asText()).isEqualTo("2026-06-01T00:00:00Z");
        assertThat(properties.get("toolVersion").asText()).isEqualTo("9.9.9-test");
    }

    @Test
    void levelsFollowSeverity() throws IOException {
        JsonNode run = sarif(SampleResults.full()).at("/runs/0");

        assertThat(findResult(run, "smbr.key.rsa_modulus_invalid_length").get("level").asText()).isEqualTo("error");
        assertThat(findResult(run, "policy.expiry.soon").get("level").asText()).isEqualTo("warning");
    }

    private static Set<ValidationMessage> schemaErrors(ScanResult result) throws IOException {
        JsonNode log = MAPPER.readTree(new SarifReportWriter().render(result));
        return schema().validate(log);
    }

    private static JsonSchema schema() throws IOException {
        try (InputStream input = SarifReportWriterTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(input);
        }
    }

    private static JsonNode sarif(ScanResult result) throws IOException {
        return MAPPER.readTree(new SarifReportWriter().render(result));
    }

    private static JsonNode findResult(JsonNode run, String code) {
        for (JsonNode result : run.get("results")) {
            if (result.get("ruleId").asText().equals(code)) {
                return result;
            }
        }
        throw new AssertionError("no SARIF result with ruleId " + code + " in " + run.get("results"));
    }

    private static long countResults(JsonNode run, String code) {
        long count = 0;
        for (JsonNode result : run.get("results")) {
            if (result.get("ruleId").asText().equals(code)) {
                count++;
            }
        }
        return count;
    }
}
