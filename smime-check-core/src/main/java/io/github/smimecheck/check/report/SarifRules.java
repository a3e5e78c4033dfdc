package io.github.smimecheck.check.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.smimecheck.check.ScanResult;
import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.RuleRegistry;
import io.github.smimecheck.check.rules.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SARIF {@code reportingDescriptor} list: one rule per finding code of the registry, then any
 * code that a finding carries but the registry does not declare, so every result has a rule.
 */
final class SarifRules {

    private final Map<String, FindingCode> codes = new LinkedHashMap<>();
    private final Map<String, Integer> indexes = new LinkedHashMap<>();

    SarifRules(ScanResult result) {
        codes.putAll(RuleRegistry.allCodes());
        Map<String, FindingCode> undeclared = new TreeMap<>();
        result.allFindings().filter(finding -> !codes.containsKey(finding.code()))
                .forEach(finding -> undeclared.putIfAbsent(finding.code(), undeclaredCode(finding)));
        codes.putAll(undeclared);

        int index = 0;
        for (String code : codes.keySet()) {
            indexes.put(code, index++);
        }
    }

    int indexOf(String code) {
        return indexes.get(code);
    }

    ArrayNode toJson() {
        ArrayNode rules = ReportJson.mapper().createArrayNode();
        codes.values().forEach(code -> rules.add(rule(code)));
        return rules;
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static ObjectNode rule(FindingCode code) {
        ObjectNode rule = ReportJson.mapper().createObjectNode();
        rule.put("id", code.code());
        rule.put("name", code.code());
        rule.putObject("shortDescription").put("text", code.summary());
        rule.putObject("fullDescription").put("text", code.summary() + " Requirement: " + code.requirement() + ".");
        rule.set("help", help(code));
        rule.putObject("defaultConfiguration").put("level", level(code.defaultSeverity()));

        ObjectNode properties = rule.putObject("properties");
        properties.put("requirement", code.requirement());
        properties.put("defaultSeverity", code.defaultSeverity().name());
        properties.putArray("tags").add("smime-check").add(family(code.code()));
        return rule;
    }

    private static ObjectNode help(FindingCode code) {
        String consequence = code.defaultSeverity().failsBuild()
                ? "By default this finding fails the build unless a documented exception covers it."
                : "By default this finding is reported and does not fail the build.";
        ObjectNode help = ReportJson.mapper().createObjectNode();
        help.put("text", code.summary() + " Requirement: " + code.requirement() + ". " + consequence);
        help.put("markdown", code.summary() + "\n\n**Requirement:** " + code.requirement() + "\n\n" + consequence);
        return help;
    }

    /** Returns the first part of a dotted code, such as {@code smbr} or {@code policy}, as a tag. */
    private static String family(String code) {
        int dot = code.indexOf('.');
        return dot < 0 ? code : code.substring(0, dot);
    }

    private static FindingCode undeclaredCode(Finding finding) {
        return new FindingCode(finding.code(), finding.severity(), finding.requirement(), finding.code());
    }
}
