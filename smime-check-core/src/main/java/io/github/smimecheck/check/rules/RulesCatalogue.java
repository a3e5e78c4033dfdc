package io.github.smimecheck.check.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders the rules catalogue users read ({@code docs/rules.md}): one table row per finding code
 * of every registered rule, then the codes the scanner itself reports, then the deliberate
 * differences from pkilint kept in the resource {@code pkilint-differences.md}.
 */
public final class RulesCatalogue {

    private static final String DIFFERENCES_RESOURCE = "pkilint-differences.md";

    private RulesCatalogue() {
    }

    /** Returns the catalogue of the registered rules as Markdown. */
    public static String markdown() {
        return markdown(RuleRegistry.allRules());
    }

    static String markdown(List<Rule> rules) {
        StringBuilder text = new StringBuilder();
        text.append("# Rules catalogue\n\n")
                .append("Every finding smime-check can report, generated from `RuleRegistry`; do not edit it by hand.\n")
                .append("Refresh it with `./mvnw -q -pl smime-check-core test -Dtest=RulesCatalogueTest")
                .append(" -Dsmime.catalogue.update=true`.\n")
                .append("`smbr.*` codes enforce the CA/Browser Forum S/MIME Baseline Requirements (BR) and the RFC 5280")
                .append(" rules they rely on; an ERROR fails the build, a WARNING is reported only.\n\n")
                .append("| code | severity | requirement | rule | summary |\n| --- | --- | --- | --- | --- |\n");

        Map<String, List<String>> declaringRules = new LinkedHashMap<>();
        for (Rule rule : rules) {
            for (FindingCode code : rule.codes()) {
                declaringRules.computeIfAbsent(code.code(), key -> new ArrayList<>()).add(rule.getClass().getSimpleName());
            }
        }

        Set<String> listed = new LinkedHashSet<>();
        for (Rule rule : rules) {
            for (FindingCode code : rule.codes()) {
                List<String> declaring = declaringRules.get(code.code());
                String ruleName = declaring.size() == 1 ? declaring.get(0) : "any of " + declaring.size() + " rules";
                if (listed.add(code.code())) {
                    row(text, code, ruleName);
                }
            }
        }
        for (FindingCode code : RuleRegistry.allCodes().values()) {
            if (listed.add(code.code())) {
                row(text, code, "scanner");
            }
        }

        text.append('\n').append(differences());
        return text.toString();
    }

    private static void row(StringBuilder text, FindingCode code, String rule) {
        text.append("| `").append(code.code()).append("` | ").append(code.defaultSeverity()).append(" | ")
                .append(code.requirement()).append(" | ").append(rule).append(" | ")
                .append(code.summary().replace("|", "\\|")).append(" |\n");
    }

    private static String differences() {
        try (InputStream input = RulesCatalogue.class.getResourceAsStream(DIFFERENCES_RESOURCE)) {
            if (input == null) {
                throw new IllegalStateException("resource " + DIFFERENCES_RESOURCE + " is missing from the core jar");
            }
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
