package io.github.smimecheck.check.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.smimecheck.check.ScanResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CycloneDxReportWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void sampleBomMatchesOfficialSchema() throws IOException {
        byte[] bom = new CycloneDxReportWriter().render(SampleResults.full());

        assertThat(new JsonParser().validate(bom, Version.VERSION_16)).isEmpty();
    }

    @Test
    void emptyBomMatchesOfficialSchema() throws IOException {
        byte[] bom = new CycloneDxReportWriter().render(SampleResults.empty());

        assertThat(new JsonParser().validate(bom, Version.VERSION_16)).isEmpty();
    }

    @Test
    void realScanBomMatchesOfficialSchema() throws IOException {
        byte[] bom = new CycloneDxReportWriter().render(RealScans.mixed(folder));

        assertThat(new JsonParser().validate(bom, Version.VERSION_16)).isEmpty();
    }

    @Test
    void bomIsSpecVersion16() throws IOException {
        JsonNode bom = bom(SampleResults.full());

        assertThat(bom.get("specVersion").asText()).isEqualTo("1.6");
        assertThat(bom.get("bomFormat").asText()).isEqualTo("CycloneDX");
    }

    @Test
    void serialNumberDerivesFromResult() throws IOException {
        ScanResult result = SampleResults.full();
        String expected = "urn:uuid:" + ResultDigest.nameBasedUuid("urn:smime-check:scan:" + ResultDigest.of(result));

        assertThat(bom(result).get("serialNumber").asText()).isEqualTo(expected);
    }

    @Test
    void serialNumberDiffersForOtherResult() throws IOException {
        assertThat(bom(SampleResults.full()).get("serialNumber"))
                .isNotEqualTo(bom(SampleResults.empty()).get("serialNumber"));
    }

    @Test
    void certificateIsCryptographicAsset() throws IOException {
        JsonNode certificate = component(bom(SampleResults.full()),
                "crypto/certificate/sha256:" + SampleResults.full().certificates().get(1).sha256());

        assertThat(certificate.get("type").asText()).isEqualTo("cryptographic-asset");
        JsonNode properties = certificate.at("/cryptoProperties/certificateProperties");
        assertThat(certificate.at("/cryptoProperties/assetType").asText()).isEqualTo("certificate");
        assertThat(properties.get("subjectName").asText()).isEqualTo("CN=legacy@example.com");
        assertThat(properties.get("issuerName").asText()).isEqualTo("CN=Example S/MIME Issuing CA,O=Example,C=DE");
        assertThat(properties.get("notValidAfter").asText()).isEqualTo("2026-05-30T00:00:00Z");
        assertThat(properties.get("certificateFormat").asText()).isEqualTo("X.509");
        assertThat(properties.get("certificateExtension").asText()).isEqualTo("cer");
    }

    @Test
    void certificateReferencesResolve() throws IOException {
        JsonNode bom = bom(SampleResults.full());
        JsonNode properties = component(bom,
                "crypto/certificate/sha256:" + SampleResults.full().certificates().get(0).sha256())
                .at("/cryptoProperties/certificateProperties");

        JsonNode algorithm = component(bom, properties.get("signatureAlgorithmRef").asText());
        JsonNode key = component(bom, properties.get("subjectPublicKeyRef").asText());
        assertThat(algorithm.at("/cryptoProperties/assetType").asText()).isEqualTo("algorithm");
        assertThat(algorithm.at("/cryptoProperties/oid").asText()).isEqualTo("1.2.840.113549.1.1.11");
        assertThat(key.at("/cryptoProperties/assetType").asText()).isEqualTo("related-crypto-material");
        assertThat(key.at("/cryptoProperties/relatedCryptoMaterialProperties/type").asText()).isEqualTo("public-key");
        assertThat(key.at("/cryptoProperties/relatedCryptoMaterialProperties/size").asInt()).isEqualTo(1024);
        String keyAlgorithm = key.at("/cryptoProperties/relatedCryptoMaterialProperties/algorithmRef").asText();
        assertThat(component(bom, keyAlgorithm).at("/cryptoProperties/oid").asText()).isEqualTo("1.2.840.113549.1.1.1");
    }

    @Test
    void bomRefsAreUnique() throws IOException {
        Set<String> refs = new HashSet<>();
        for (JsonNode component : bom(SampleResults.full()).get("components")) {
            assertThat(refs.add(component.get("bom-ref").asText())).as(component.get("bom-ref").asText()).isTrue();
        }
    }

    @Test
    void locationsAreOccurrences() throws IOException {
        JsonNode certificate = component(bom(SampleResults.full()),
                "crypto/certificate/sha256:" + SampleResults.full().certificates().get(0).sha256());

        assertThat(certificate.at("/evidence/occurrences/0/location").asText())
                .isEqualTo("app.war > WEB-INF/classes/mail.p12 > alias \"signing\"");
        assertThat(certificate.at("/evidence/occurrences/1/location").asText()).isEqualTo("config/mail.pem > block 1");
    }

    @Test
    void inputsAreFilesWithDigests() throws IOException {
        JsonNode input = component(bom(SampleResults.full()), "file:app.war");

        assertThat(input.get("type").asText()).isEqualTo("file");
        assertThat(input.at("/hashes/0/alg").asText()).isEqualTo("SHA-256");
        assertThat(input.at("/hashes/0/content").asText()).isEqualTo("a".repeat(64));
    }

    @Test
    void policyIsFileWithDigest() throws IOException {
        JsonNode policy = component(bom(SampleResults.full()), "configuration:policy:smime-policy.yaml");

        assertThat(policy.at("/hashes/0/content").asText()).isEqualTo("c".repeat(64));
    }

    @Test
    void metadataCarriesClockAndTool() throws IOException {
        JsonNode metadata = bom(SampleResults.full()).get("metadata");

        assertThat(metadata.get("timestamp").asText()).startsWith("2026-06-01T08:30:00");
        assertThat(metadata.at("/tools/components/0/name").asText()).isEqualTo("smime-check");
        assertThat(metadata.at("/tools/components/0/version").asText()).isEqualTo("9.9.9-test");
        assertThat(metadata.get("properties").toString()).contains("smime-check:asOf", "2026-06-01T00:00:00Z");
    }

    private static JsonNode bom(ScanResult result) throws IOException {
        return MAPPER.readTree(new CycloneDxReportWriter().render(result));
    }

    private static JsonNode component(JsonNode bom, String bomRef) {
        for (JsonNode component : bom.get("components")) {
            if (component.get("bom-ref").asText().equals(bomRef)) {
                return component;
            }
        }
        throw new AssertionError("no component with bom-ref " + bomRef);
    }
}
