package io.github.smimecheck.check.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.smimecheck.check.CertificateResult;
import io.github.smimecheck.check.ConfigurationFile;
import io.github.smimecheck.check.Owner;
import io.github.smimecheck.check.ScanResult;
import io.github.smimecheck.check.ScannedFile;
import io.github.smimecheck.check.inventory.Inventory;
import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.verdict.ExceptionStatus;
import io.github.smimecheck.check.verdict.OwnerGroup;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Builds the JSON sections about what the verdict rested on: inputs, configuration files, the
 * effective policy, exceptions and owners. Field meanings are in {@code docs/report-schema.md}.
 */
final class PolicyEvidence {

    private final ObjectMapper mapper;
    private final Function<Finding, ObjectNode> findingNode;

    PolicyEvidence(ObjectMapper mapper, Function<Finding, ObjectNode> findingNode) {
        this.mapper = mapper;
        this.findingNode = findingNode;
    }

    void addTo(ObjectNode root, ScanResult result) {
        ArrayNode inputs = root.putArray("inputs");
        result.inputs().forEach(input -> inputs.add(input(input)));
        ArrayNode configuration = root.putArray("configuration");
        result.configuration().forEach(file -> configuration.add(configuration(file)));

        ObjectNode policy = root.putObject("effectivePolicy");
        policy.put("sha256", Inventory.sha256Hex(result.effectivePolicy().getBytes(StandardCharsets.UTF_8)));
        policy.put("yaml", result.effectivePolicy());

        ArrayNode exceptions = root.putArray("exceptions");
        result.exceptions().forEach(exception -> exceptions.add(exception(exception)));
        ArrayNode owners = root.putArray("owners");
        OwnerGroup.of(result).forEach(group -> owners.add(group(group)));
    }

    /** Returns the owner object of one certificate, or a JSON null when it has none. */
    ObjectNode owner(Owner owner) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", owner.id());
        node.put("accountable", owner.accountable());
        strings(node.putArray("responsible"), owner.responsible());
        strings(node.putArray("consulted"), owner.consulted());
        strings(node.putArray("informed"), owner.informed());
        node.put("contact", owner.contact());
        return node;
    }

    private ObjectNode input(ScannedFile file) {
        ObjectNode node = mapper.createObjectNode();
        node.put("path", file.path());
        node.put("size", file.size());
        node.put("sha256", file.sha256());
        return node;
    }

    private ObjectNode configuration(ConfigurationFile file) {
        ObjectNode node = mapper.createObjectNode();
        node.put("role", file.role());
        node.put("path", file.path().replace('\\', '/'));
        node.put("sha256", file.sha256());
        return node;
    }

    private ObjectNode exception(ExceptionStatus status) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", status.id());
        node.put("source", status.source().replace('\\', '/'));
        node.put("state", status.state().name());
        node.put("owner", status.owner());
        node.put("approver", status.approver());
        node.put("reason", status.reason());
        node.put("ticket", status.ticket());
        node.put("approved", date(status.approved()));
        node.put("expires", date(status.expires()));
        node.put("match", status.match());
        strings(node.putArray("codes"), status.codes());
        node.put("coveredFindings", status.coveredFindings());
        node.put("blockedFindings", status.blockedFindings());
        ArrayNode findings = node.putArray("findings");
        status.findings().forEach(finding -> findings.add(findingNode.apply(finding)));
        return node;
    }

    private ObjectNode group(OwnerGroup group) {
        ObjectNode node = mapper.createObjectNode();
        node.put("accountable", group.accountable());
        ArrayNode entries = node.putArray("entries");
        group.entries().forEach(owner -> entries.add(owner(owner)));
        ArrayNode certificates = node.putArray("certificates");
        for (CertificateResult certificate : group.certificates()) {
            ObjectNode reference = certificates.addObject();
            reference.put("sha256", certificate.sha256());
            reference.put("subject", certificate.certificate().getSubject().toString());
            reference.put("category", certificate.classification().category().name());
            reference.put("outcome", certificate.failsBuild() ? "FAIL" : "PASS");
        }
        return node;
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
