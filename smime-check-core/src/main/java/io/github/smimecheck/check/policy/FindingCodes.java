package io.github.smimecheck.check.policy;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Suggests the known finding codes nearest to a mistyped one, by edit distance. */
final class FindingCodes {

    private static final int SUGGESTIONS = 3;

    private FindingCodes() {
    }

    /** Returns a fix such as "use a known code; the nearest are policy.owner.missing, ...". */
    static String suggest(String unknown, Collection<String> known) {
        List<String> nearest = known.stream()
                .sorted(Comparator.comparingInt((String code) -> distance(unknown, code)).thenComparing(code -> code))
                .limit(SUGGESTIONS)
                .toList();
        return "use a known code; the nearest are " + String.join(", ", nearest);
    }

    /** Levenshtein distance: insertions, deletions and substitutions each cost 1. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
