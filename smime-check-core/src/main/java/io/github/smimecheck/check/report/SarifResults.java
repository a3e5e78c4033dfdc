package io.github.smimecheck.check.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.smimecheck.check.CertificateResult;
import io.github.smimecheck.check.ReadProblem;
import io.github.smimecheck.check.ScanResult;
import io.github.smimecheck.check.inventory.Location;
import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.verdict.ExceptionStatus;
import java.util.Map;
import java.util.Optional;

/** Builds the SARIF {@code results} array of one scan. */
final class SarifResults {

    private final ScanResult result;
    private final SarifRules rules;
    private final SarifArtifactLocations locations;
    private final Map<String, Integer> artifactIndexes;
    private final Map<String, ExceptionStatus> exceptions;
    private final ArrayNode results = ReportJson.mapper().createArrayNode();

    SarifResults(ScanResult result, SarifRules rules, SarifArtifactLocations locations,
                 Map<String, Integer> artifactIndexes) {
        this.result = result;
        this.rules = rules;
        this.locations = locations;
        this.artifactIndexes = artifactIndexes;
        this.exceptions = ReportFacts.exceptionsById(result);
    }

    ArrayNode toJson() {
        for (CertificateResult certificate : result.certificates()) {
            for (Finding finding : certificate.findings()) {
                for (Location location : certificate.locations()) {
                    certificateResult(certificate, finding, location);
                }
            }
        }

        for (ReadProblem problem : result.problems()) {
            ObjectNode node = base(problem.finding(), problem.finding().message() + " (at " + problem.location() + ")");
            node.putArray("locations").add(location(problem.location()));
            node.putObject("partialFingerprints").put(SarifReportWriter.FINGERPRINT_KEY,
                    SarifReportWriter.fingerprint(problem.finding().code(), "", problem.location().display()));
        }

        String exceptionsFile = exceptionsFile();
        for (ExceptionStatus exception : result.exceptions()) {
            if (exception.finding() != null) {
                exceptionResult(exception, exceptionsFile);
            }
        }
        return results;
    }

    private void certificateResult(CertificateResult certificate, Finding finding, Location location) {
        String subject = ReportFacts.subject(certificate);
        String text = finding.message() + " (certificate " + subject + " at " + location + ")";
        ObjectNode node = base(finding, text);
        node.putArray("locations").add(location(location));
        node.putObject("partialFingerprints").put(SarifReportWriter.FINGERPRINT_KEY,
                SarifReportWriter.fingerprint(finding.code(), certificate.sha256(), location.display()));

        ObjectNode properties = (ObjectNode) node.get("properties");
        properties.put("certificateSha256", certificate.sha256());
        properties.put("subject", subject);
        properties.put("kind", ReportFacts.kind(certificate));
        properties.put("notAfter", ReportFacts.notAfter(certificate).toString());
        certificate.ownerEntry().ifPresent(owner -> properties.put("owner", owner.id()));
    }

    private void exceptionResult(ExceptionStatus exception, String exceptionsFile) {
        ObjectNode node = base(exception.finding(), exception.finding().message() + " (exception " + exception.id() + ")");
        node.putArray("locations").add(location(Location.ofFile(exceptionsFile)));
        node.putObject("partialFingerprints").put(SarifReportWriter.FINGERPRINT_KEY,
                SarifReportWriter.fingerprint(exception.finding().code(), "", "exception " + exception.id()));
        ((ObjectNode) node.get("properties")).put("exceptionId", exception.id());
    }

    /**
     * Returns the file that findings about exceptions are located at: the exceptions file, else
     * another configuration file, else the first scanned root. GitHub code scanning rejects the
     * whole SARIF file when one result has no physical location, so there is always one.
     */
    private String exceptionsFile() {
        Optional<String> configured = ReportFacts.configurationPath(result, "exceptions")
                .or(() -> result.configuration().stream().map(file -> file.path()).findFirst());
        return configured.orElseGet(() -> result.roots().isEmpty()
                ? "." : result.roots().get(0).toString().replace('\\', '/'));
    }

    /** Adds a result with rule, level, message, suppression and the finding's own properties. */
    private ObjectNode base(Finding finding, String text) {
        ObjectNode node = results.addObject();
        node.put("ruleId", finding.code());
        node.put("ruleIndex", rules.indexOf(finding.code()));
        node.put("level", SarifRules.level(finding.severity()));
        node.putObject("message").put("text", text);
        if (finding.isCovered()) {
            node.putArray("suppressions").add(suppression(finding.coveredBy()));
        }

        ObjectNode properties = node.putObject("properties");
        properties.put("severity", finding.severity().name());
        properties.put("requirement", finding.requirement());
        properties.put("failsBuild", finding.failsBuild());
        return node;
    }

    private ObjectNode suppression(String exceptionId) {
        ObjectNode suppression = ReportJson.mapper().createObjectNode();
        suppression.put("kind", "external");
        suppression.put("status", "accepted");
        suppression.put("justification", ReportFacts.justification(exceptionId, exceptions));
        ObjectNode properties = suppression.putObject("properties");
        properties.put("exceptionId", exceptionId);
        ExceptionStatus exception = exceptions.get(exceptionId);
        if (exception != null && exception.expires() != null) {
            properties.put("expires", exception.expires().toString());
        }
        return suppression;
    }

    private ObjectNode location(Location location) {
        ObjectNode node = ReportJson.mapper().createObjectNode();
        ObjectNode artifactLocation = node.putObject("physicalLocation").putObject("artifactLocation");
        locations.fill(artifactLocation, location.file());
        Integer index = artifactIndexes.get(location.file());
        if (index != null) {
            artifactLocation.put("index", index);
        }

        ObjectNode logical = node.putArray("logicalLocations").addObject();
        logical.put("name", location.leafName());
        logical.put("fullyQualifiedName", location.display());
        logical.put("kind", "resource");
        return node;
    }
}
