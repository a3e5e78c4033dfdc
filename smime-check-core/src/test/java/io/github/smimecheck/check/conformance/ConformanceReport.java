package io.github.smimecheck.check.conformance;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The printed summary of a conformance run: totals, per-area counts and every case that differs. */
final class ConformanceReport {

    private final List<CaseComparison> comparisons;

    ConformanceReport(List<CaseComparison> comparisons) {
        this.comparisons = comparisons;
    }

    /** Returns the share of cases where both verdicts agree, before deliberate differences. */
    double rawAgreement() {
        long agreeing = comparisons.stream().filter(CaseComparison::verdictAgrees).count();
        return comparisons.isEmpty() ? 0 : (double) agreeing / comparisons.size();
    }

    /** Returns the cases whose verdict differs without a deliberate difference that explains it. */
    List<String> verdictDisagreements() {
        return comparisons.stream()
                .filter(comparison -> !comparison.verdictAgrees() && comparison.verdictReason() == null)
                .map(comparison -> comparison.name() + " (pkilint " + verdict(comparison.referenceFails())
                        + ", smime-check " + verdict(comparison.oursFails()) + ")")
                .toList();
    }

    String text() {
        StringBuilder text = new StringBuilder("pkilint conformance: ").append(comparisons.size()).append(" cases, ");
        text.append(String.format("verdict agreement %.1f%%%n", rawAgreement() * 100));

        text.append(String.format("%-22s %8s %8s %10s %10s%n", "area", "matched", "missing", "unexpected",
                "deliberate"));
        Map<String, int[]> areas = new TreeMap<>();
        for (CaseComparison comparison : comparisons) {
            count(areas, comparison.matched(), 0);
            count(areas, comparison.missing(), 1);
            count(areas, comparison.unexpected(), 2);
            count(areas, comparison.allowed(), 3);
        }
        areas.forEach((area, counts) -> text.append(String.format("%-22s %8d %8d %10d %10d%n", area, counts[0],
                counts[1], counts[2], counts[3])));

        for (CaseComparison comparison : comparisons) {
            if (comparison.hasDifferences()) {
                text.append(describe(comparison));
            }
        }
        return text.toString();
    }

    private static String describe(CaseComparison comparison) {
        StringBuilder line = new StringBuilder("  ").append(comparison.name()).append(':');
        if (!comparison.verdictAgrees()) {
            line.append(" verdict pkilint ").append(verdict(comparison.referenceFails())).append(" ours ")
                    .append(verdict(comparison.oursFails()));
            if (comparison.verdictReason() != null) {
                line.append(" (deliberate)");
            }
        }
        append(line, "missing", comparison.missing());
        append(line, "unexpected", comparison.unexpected());
        append(line, "deliberate", comparison.allowed());
        return line.append(System.lineSeparator()).toString();
    }

    private static void append(StringBuilder line, String label, Set<String> values) {
        if (!values.isEmpty()) {
            line.append(' ').append(label).append(' ').append(values);
        }
    }

    /**
     * Counts each code under its area, the second dotted part of our codes. Deliberate entries
     * start with "missing " or "unexpected ", which is skipped.
     */
    private static void count(Map<String, int[]> areas, Set<String> codes, int column) {
        for (String entry : codes) {
            String area;
            if (entry.startsWith("unmapped ")) {
                area = "unmapped";
            } else {
                String code = entry.substring(entry.lastIndexOf(' ') + 1);
                String[] parts = code.split("\\.");
                area = parts.length > 1 ? parts[1].replaceAll("\\|.*", "") : code;
            }
            areas.computeIfAbsent(area, key -> new int[4])[column]++;
        }
    }

    private static String verdict(boolean fails) {
        return fails ? "FAIL" : "PASS";
    }
}
