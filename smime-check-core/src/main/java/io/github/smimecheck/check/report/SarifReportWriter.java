package io.github.smimecheck.check.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.smimecheck.check.ConfigurationFile;
import io.github.smimecheck.check.ScanResult;
import io.github.smimecheck.check.ScannedFile;
import io.github.smimecheck.check.inventory.Inventory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes {@code smime-check-report.sarif}, a SARIF 2.1.0 log for GitHub code scanning and Jenkins
 * Warnings NG. Each finding becomes one result per location of its certificate, located at the
 * scanned file. The path inside archives and keystores is in the message and in the logical
 * location. Findings covered by a documented exception carry an accepted external suppression.
 * Artifact URIs are relative to the scan's source root ({@code %SRCROOT%}), which GitHub code
 * scanning resolves against the repository root.
 */
public final class SarifReportWriter implements ReportWriter {

    public static final String SCHEMA_URI =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /** Key of the partial fingerprint; bump the version suffix if the fingerprint input ever changes. */
    public static final String FINGERPRINT_KEY = "smimeCheckFinding/v1";

    @Override
    public Path write(ScanResult result, Path outputDirectory) throws IOException {
        return AtomicFiles.write(outputDirectory.resolve(ReportFormat.SARIF.fileName()), render(result));
    }

    public byte[] render(ScanResult result) throws IOException {
        return ReportJson.bytes(toJson(result));
    }

    public ObjectNode toJson(ScanResult result) {
        ObjectNode log = ReportJson.mapper().createObjectNode();
        log.put("$schema", SCHEMA_URI);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();

        SarifRules rules = new SarifRules(result);
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "smime-check");
        driver.put("version", result.toolVersion());
        driver.set("rules", rules.toJson());

        SarifArtifactLocations locations = new SarifArtifactLocations(result);
        run.putObject("originalUriBaseIds").set(SarifArtifactLocations.SOURCE_ROOT_ID, locations.sourceRootBase());
        run.putArray("invocations").add(invocation(result));
        Map<String, Integer> artifactIndexes = new LinkedHashMap<>();
        run.set("artifacts", artifacts(result, locations, artifactIndexes));
        run.set("results", new SarifResults(result, rules, locations, artifactIndexes).toJson());
        run.set("properties", runProperties(result));
        return log;
    }

    private static ObjectNode invocation(ScanResult result) {
        ObjectNode invocation = ReportJson.mapper().createObjectNode();
        invocation.put("executionSuccessful", true);
        invocation.put("startTimeUtc", result.clockInstant().toString());
        ObjectNode properties = invocation.putObject("properties");
        properties.put("asOf", result.asOf().toString());
        properties.put("outcome", result.outcome().name());
        properties.put("failingFindings", result.failingFindingCount());
        return invocation;
    }

    /** Lists every scanned input and configuration file with its SHA-256, and records each one's index. */
    private static ArrayNode artifacts(ScanResult result, SarifArtifactLocations locations,
                                       Map<String, Integer> indexes) {
        ArrayNode artifacts = ReportJson.mapper().createArrayNode();
        for (ScannedFile input : result.inputs()) {
            ObjectNode artifact = artifact(locations, input.path(), input.sha256(), "analysisTarget");
            artifact.put("length", input.size());
            indexes.putIfAbsent(input.path(), artifacts.size());
            artifacts.add(artifact);
        }
        for (ConfigurationFile file : result.configuration()) {
            String role = file.role().equals("policy") ? "policy" : "userSpecifiedConfiguration";
            ObjectNode artifact = artifact(locations, file.path(), file.sha256(), role);
            artifact.putObject("properties").put("smimeCheckRole", file.role());
            indexes.putIfAbsent(file.path(), artifacts.size());
            artifacts.add(artifact);
        }
        return artifacts;
    }

    private static ObjectNode artifact(SarifArtifactLocations locations, String path, String sha256, String role) {
        ObjectNode artifact = ReportJson.mapper().createObjectNode();
        locations.fill(artifact.putObject("location"), path);
        artifact.putArray("roles").add(role);
        artifact.putObject("hashes").put("sha-256", sha256);
        return artifact;
    }

    private static ObjectNode runProperties(ScanResult result) {
        ObjectNode properties = ReportJson.mapper().createObjectNode();
        properties.put("toolVersion", result.toolVersion());
        properties.put("clock", result.clockInstant().toString());
        properties.put("asOf", result.asOf().toString());
        properties.put("outcome", result.outcome().name());
        properties.put("resultSha256", ResultDigest.of(result));
        ArrayNode roots = properties.putArray("roots");
        result.roots().forEach(root -> roots.add(root.toString().replace('\\', '/')));
        return properties;
    }

    /**
     * Returns the stable fingerprint of one finding at one location. The certificate digest is
     * empty for findings about unreadable content or exceptions.
     */
    static String fingerprint(String code, String certificateSha256, String location) {
        String input = code + "\n" + certificateSha256 + "\n" + location;
        return Inventory.sha256Hex(input.getBytes(StandardCharsets.UTF_8));
    }
}
