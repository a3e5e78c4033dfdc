package io.github.smimecheck.check.conformance;

import io.github.smimecheck.check.conformance.ConformanceMappings.DeliberateDifference;
import io.github.smimecheck.check.conformance.CorpusCase.ReferenceFinding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The comparison of one corpus case: reference findings mapped to smime-check codes, which of
 * them we miss, which of our findings the reference lacks, and both verdicts.
 * Our codes arrive as {@code SEVERITY:code}.
 */
record CaseComparison(String name, Set<String> matched, Set<String> missing, Set<String> missingErrors,
        Set<String> unexpected, Set<String> allowed, boolean referenceFails, boolean oursFails,
        DeliberateDifference verdictReason) {

    static CaseComparison compare(CorpusCase corpusCase, Set<String> ours, ConformanceMappings mappings) {
        Set<String> ourCodes = new TreeSet<>();
        boolean oursFails = false;
        for (String entry : ours) {
            ourCodes.add(entry.substring(entry.indexOf(':') + 1));
            oursFails |= entry.startsWith("ERROR:");
        }

        Map<String, Set<String>> expected = new LinkedHashMap<>();
        Set<String> matched = new TreeSet<>();
        Set<String> missing = new TreeSet<>();
        Set<String> missingErrors = new TreeSet<>();
        Set<String> allowed = new TreeSet<>();
        boolean referenceFails = false;

        for (ReferenceFinding finding : corpusCase.findings()) {
            if (!finding.isCompared()) {
                continue;
            }
            referenceFails |= finding.isFailure();
            Set<String> alternatives = mappings.codes.get(finding.code());
            if (alternatives == null) {
                missing.add("unmapped " + finding.code());
                if (finding.isFailure()) {
                    missingErrors.add("unmapped " + finding.code());
                }
                continue;
            }
            expected.put(finding.code(), alternatives);
            String label = String.join("|", alternatives);
            List<String> reported = alternatives.stream().filter(ourCodes::contains).toList();
            if (!reported.isEmpty()) {
                matched.add(String.join("|", reported));
            } else if (alternatives.stream().anyMatch(code -> mappings.deliberate(corpusCase.name(), "missing", code)
                    != null)) {
                allowed.add("missing " + label);
            } else {
                missing.add(label);
                if (finding.isFailure()) {
                    missingErrors.add(label + " (from " + finding.code() + ")");
                }
            }
        }

        Set<String> unexpected = new TreeSet<>();
        for (String code : ourCodes) {
            boolean explained = expected.values().stream().anyMatch(alternatives -> alternatives.contains(code));
            if (explained) {
                continue;
            }
            if (mappings.deliberate(corpusCase.name(), "unexpected", code) != null) {
                allowed.add("unexpected " + code);
            } else {
                unexpected.add(code);
            }
        }

        DeliberateDifference verdictReason = mappings.deliberate(corpusCase.name(), "verdict", "*");
        return new CaseComparison(corpusCase.name(), matched, missing, missingErrors, unexpected, allowed,
                referenceFails, oursFails, verdictReason);
    }

    boolean verdictAgrees() {
        return referenceFails == oursFails;
    }

    boolean hasDifferences() {
        return !missing.isEmpty() || !unexpected.isEmpty() || !allowed.isEmpty() || !verdictAgrees();
    }
}
