package io.github.smimecheck.check.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.smimecheck.check.ScanOptions;
import io.github.smimecheck.check.ScanResult;
import io.github.smimecheck.check.Scanner;
import io.github.smimecheck.check.testing.TestCertificates;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SARIF locations of a module scanned below the source root, as in a multi-module Maven build. */
class SarifSourceRootTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String WEAK_PEM = "src/main/resources/smime/weak.pem";

    @TempDir
    Path sourceRoot;

    @TempDir
    Path elsewhere;

    @Test
    void resultUriIsRelativeToSourceRoot() throws IOException {
        JsonNode location = weakLocation(scanModule(sourceRoot));

        assertThat(location.get("uri").asText()).isEqualTo("module-a/" + WEAK_PEM);
        assertThat(location.get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
    }

    @Test
    void artifactUriIsRelativeToSourceRoot() throws IOException {
        ScanResult result = scanModule(sourceRoot);
        JsonNode run = sarif(result).at("/runs/0");

        int index = weakLocation(result).get("index").asInt();
        JsonNode artifact = run.at("/artifacts/" + index + "/location");
        assertThat(artifact.get("uri").asText()).isEqualTo("module-a/" + WEAK_PEM);
        assertThat(artifact.get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
    }

    @Test
    void runDeclaresSourceRootWithoutAbsolutePath() throws IOException {
        JsonNode base = sarif(scanModule(sourceRoot)).at("/runs/0/originalUriBaseIds/%SRCROOT%");

        assertThat(base.has("description")).isTrue();
        assertThat(base.has("uri")).isFalse();
    }

    @Test
    void otherReportsKeepModuleRelativeLocations() throws IOException {
        ScanResult result = scanModule(sourceRoot);

        assertThat(result.certificates().get(0).locations().get(0).file()).isEqualTo(WEAK_PEM);
        JsonNode json = new JsonReportWriter().toJson(result);
        assertThat(json.toString()).contains("\"" + WEAK_PEM).doesNotContain("module-a/" + WEAK_PEM);
    }

    @Test
    void sourceRootDefaultsToBaseDirectory() throws IOException {
        Path module = writeModule();
        ScanOptions options = options(module).build();

        assertThat(options.sourceRoot()).isEqualTo(module);
        JsonNode location = weakLocation(new Scanner().scan(options));
        assertThat(location.get("uri").asText()).isEqualTo(WEAK_PEM);
        assertThat(location.get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
    }

    @Test
    void siblingFolderFileRelativeToRoot() throws IOException {
        Path module = writeModule();
        Path shared = Files.createDirectories(sourceRoot.resolve("shared"));
        Files.move(module.resolve(WEAK_PEM), shared.resolve("weak.pem"));

        ScanResult result = new Scanner().scan(options(module).roots(List.of(shared))
                .sourceRoot(sourceRoot).build());

        assertThat(weakLocation(result).get("uri").asText()).isEqualTo("shared/weak.pem");
    }

    @Test
    void fileOutsideSourceRootStaysAbsolute() throws IOException {
        Path module = writeModule();
        Path outside = Files.move(module.resolve(WEAK_PEM), elsewhere.resolve("weak.pem"));

        ScanResult result = new Scanner().scan(options(module).roots(List.of(elsewhere))
                .sourceRoot(sourceRoot).build());

        JsonNode location = weakLocation(result);
        assertThat(location.get("uri").asText()).isEqualTo(SarifUris.of(outside.toAbsolutePath().toString()));
        assertThat(location.has("uriBaseId")).isFalse();
    }

    @Test
    void baseDirectoryOutsideSourceRootKeepsLocations() throws IOException {
        JsonNode location = weakLocation(scanModule(elsewhere));

        assertThat(location.get("uri").asText()).isEqualTo(WEAK_PEM);
        assertThat(location.has("uriBaseId")).isFalse();
    }

    @Test
    void symbolicLinkToSourceRootIsFollowed() throws IOException {
        Path link = Files.createSymbolicLink(elsewhere.resolve("checkout"), sourceRoot);

        JsonNode location = weakLocation(scanModule(link));

        assertThat(location.get("uri").asText()).isEqualTo("module-a/" + WEAK_PEM);
        assertThat(location.get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
    }

    @Test
    void embeddedPolicyHasNoBaseId() throws IOException {
        JsonNode run = sarif(scanModule(sourceRoot)).at("/runs/0");

        for (JsonNode artifact : run.get("artifacts")) {
            JsonNode location = artifact.get("location");
            boolean embedded = location.get("uri").asText().startsWith("embedded:");
            assertThat(location.has("uriBaseId")).as("uriBaseId of %s", location).isEqualTo(!embedded);
        }
    }

    @Test
    void moduleReportMatchesOfficialSchema() throws IOException {
        JsonNode log = sarif(scanModule(sourceRoot));

        try (InputStream input = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(input).validate(log))
                    .isEmpty();
        }
    }

    /** Writes {@code module-a} with one weak certificate under the source root and returns its folder. */
    private Path writeModule() throws IOException {
        Path module = sourceRoot.resolve("module-a");
        Path pem = module.resolve(WEAK_PEM);
        Files.createDirectories(pem.getParent());
        Files.writeString(pem, TestCertificates.smime().subject("CN=weak@example.com").emails("weak@example.com")
                .key("RSA:1024").signatureAlgorithm("SHA1withRSA").pem());
        return module;
    }

    private ScanResult scanModule(Path root) throws IOException {
        Path module = writeModule();
        return new Scanner().scan(options(module).sourceRoot(root).build());
    }

    private static ScanOptions.Builder options(Path module) {
        return ScanOptions.builder().root(module.resolve("src/main/resources")).baseDirectory(module)
                .clock(Clock.fixed(SampleResults.CLOCK, ZoneOffset.UTC)).asOf(SampleResults.AS_OF);
    }

    private static JsonNode weakLocation(ScanResult result) throws IOException {
        for (JsonNode node : sarif(result).at("/runs/0/results")) {
            if (node.get("message").get("text").asText().contains("CN=weak@example.com")) {
                return node.at("/locations/0/physicalLocation/artifactLocation");
            }
        }
        throw new AssertionError("no SARIF result for CN=weak@example.com");
    }

    private static JsonNode sarif(ScanResult result) throws IOException {
        return MAPPER.readTree(new SarifReportWriter().render(result));
    }
}
