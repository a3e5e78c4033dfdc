package io.github.smimecheck.check.conformance;

import io.github.smimecheck.check.conformance.ConformanceMappings.DeliberateDifference;
import io.github.smimecheck.check.conformance.CorpusCase.ReferenceFinding;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The comparison of one corpus case: reference findings mapped to smime-check codes, which of
 * them we miss, which of our findings the reference lacks, pending name codes, and both verdicts.
 * Our codes arrive as {@code SEVERITY:code}.
 */
record CaseComparison(String name, Set<String> matched, Set<String> missing, Set<String> missingErrors,
        Set<String> unexpected, Set<String> pending, Set<String> allowed, boolean referenceFails,
        boolean referenceVerdictKnown, boolean oursFails, DeliberateDifference verdictReason) {

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
        Set<String> pending = new TreeSet<>();
        Set<String> allowed = new TreeSet<>();
        boolean referenceFails = false;
        boolean pendingFailure = false;

        for (ReferenceFinding finding : corpusCase.findings()) {
            if (!finding.isCompared()) {
                continue;
            }
            if (mappings.isPending(corpusCase.name(), finding.code())) {
                pending.add(finding.code());
                pendingFailure |= finding.isFailure();
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
            if (alternatives.stream().anyMatch(ourCodes::contains)) {
                matched.add(label);
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

        boolean verdictKnown = referenceFails || !pendingFailure;
        DeliberateDifference verdictReason = mappings.deliberate(corpusCase.name(), "verdict", "*");
        return new CaseComparison(corpusCase.name(), matched, missing, missingErrors, unexpected, pending, allowed,
                referenceFails || pendingFailure, verdictKnown, oursFails, verdictReason);
    }

    boolean verdictAgrees() {
        return referenceFails == oursFails;
    }

    boolean hasDifferences() {
        return !missing.isEmpty() || !unexpected.isEmpty() || !pending.isEmpty() || !allowed.isEmpty()
                || (referenceVerdictKnown && !verdictAgrees());
    }
}
