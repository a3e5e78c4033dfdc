package io.github.smimecheck.check.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.smimecheck.check.CertificateResult;
import io.github.smimecheck.check.ReadProblem;
import io.github.smimecheck.check.ScanResult;
import io.github.smimecheck.check.inventory.Location;
import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.verdict.ExceptionStatus;
import java.io.IOException;
import java.nio.file.Path;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Writes {@code smime-check-report.json}, the machine-readable evidence. Its fields are described
 * in {@code docs/report-schema.md}; the object layout and the order of entries are fixed, so the
 * same inputs and clock give the same bytes.
 */
public final class JsonReportWriter implements ReportWriter {

    public static final String FILE_NAME = "smime-check-report.json";
    public static final String SCHEMA_VERSION = "1";

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final PolicyEvidence evidence = new PolicyEvidence(mapper, this::finding);

    /** Writes the report into the folder and returns its path. */
    public Path write(ScanResult result, Path outputDirectory) throws IOException {
        byte[] json = mapper.writeValueAsBytes(toJson(result));
        return AtomicFiles.write(outputDirectory.resolve(FILE_NAME), json);
    }

    public ObjectNode toJson(ScanResult result) {
        ObjectNode root = mapper.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("tool", "smime-check");
        root.put("toolVersion", result.toolVersion());
        root.put("clock", result.clockInstant().toString());
        root.put("asOf", result.asOf().toString());
        ArrayNode roots = root.putArray("roots");
        result.roots().forEach(path -> roots.add(path.toString().replace('\\', '/')));
        root.put("outcome", result.outcome().name());
        root.set("summary", summary(result));

        ArrayNode certificates = root.putArray("certificates");
        result.certificates().forEach(certificate -> certificates.add(certificate(certificate)));

        ArrayNode problems = root.putArray("unreadable");
        result.problems().forEach(problem -> problems.add(problem(problem)));

        evidence.addTo(root, result);
        return root;
    }

    private ObjectNode summary(ScanResult result) {
        ObjectNode summary = mapper.createObjectNode();
        summary.put("certificates", result.certificates().size());
        summary.put("smimeCertificates", result.certificates().stream().filter(c -> c.classification().isSmime()).count());
        summary.put("failingCertificates", result.certificates().stream().filter(CertificateResult::failsBuild).count());
        summary.put("unreadable", result.problems().size());
        summary.put("failingFindings", result.failingFindingCount());
        summary.put("coveredFindings", result.allFindings().filter(Finding::isCovered).count());
        summary.put("expiredExceptions", result.exceptions().stream().filter(ExceptionStatus::expired).count());
        summary.put("unownedSmimeCertificates", result.certificates().stream()
                .filter(c -> c.classification().isSmime() && c.owner() == null).count());
        return summary;
    }

    private ObjectNode certificate(CertificateResult result) {
        X509CertificateHolder certificate = result.certificate();
        ObjectNode node = mapper.createObjectNode();
        node.put("sha256", result.sha256());
        node.put("subject", certificate.getSubject().toString());
        node.put("issuer", certificate.getIssuer().toString());
        node.put("serialNumber", certificate.getSerialNumber().toString(16));
        node.put("notBefore", certificate.getNotBefore().toInstant().toString());
        node.put("notAfter", certificate.getNotAfter().toInstant().toString());
        node.put("category", result.classification().category().name());
        result.classification().type().ifPresentOrElse(type -> {
            node.put("validationType", type.validationType().name());
            node.put("generation", type.generation().name());
        }, () -> {
            node.putNull("validationType");
            node.putNull("generation");
        });
        node.put("typeSource", result.classification().typeSource());
        node.put("outcome", result.failsBuild() ? "FAIL" : "PASS");
        if (result.owner() == null) {
            node.putNull("owner");
        } else {
            node.set("owner", evidence.owner(result.owner()));
        }

        ArrayNode locations = node.putArray("locations");
        result.locations().forEach(location -> locations.add(location(location)));
        ArrayNode findings = node.putArray("findings");
        result.findings().forEach(finding -> findings.add(finding(finding)));
        return node;
    }

    private ObjectNode problem(ReadProblem problem) {
        ObjectNode node = mapper.createObjectNode();
        node.set("location", location(problem.location()));
        node.setAll(finding(problem.finding()));
        return node;
    }

    private ObjectNode location(Location location) {
        ObjectNode node = mapper.createObjectNode();
        node.put("file", location.file());
        ArrayNode steps = node.putArray("path");
        location.steps().forEach(steps::add);
        node.put("display", location.display());
        return node;
    }

    private ObjectNode finding(Finding finding) {
        ObjectNode node = mapper.createObjectNode();
        node.put("code", finding.code());
        node.put("severity", finding.severity().name());
        node.put("requirement", finding.requirement());
        node.put("message", finding.message());
        if (finding.isCovered()) {
            node.put("coveredBy", finding.coveredBy());
        } else {
            node.putNull("coveredBy");
        }
        node.put("failsBuild", finding.failsBuild());
        return node;
    }
}
