package io.github.smimecheck.check.rules.br.name;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.smimecheck.check.classify.SmimeType;
import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.rules.RuleRegistry;
import io.github.smimecheck.check.rules.br.MailboxAddressInSanRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMParser;
import org.junit.jupiter.api.Test;

/**
 * Compares the name rules with the reference findings of the pkilint S/MIME corpus. The corpus
 * lives outside the repository, so the comparison runs only when the system property
 * {@code smimecheck.pkilintCorpus} names its folder (files {@code NAME.pem} and
 * {@code NAME.expected.json}). The code mapping in {@code conformance/pkilint-codes-names.tsv} is
 * checked in every run.
 */
class NameRulesConformanceTest {

    private static final String MAPPING = "/conformance/pkilint-codes-names.tsv";

    @Test
    void mappingNamesOnlyDeclaredCodes() throws IOException {
        Set<String> declared = RuleRegistry.allCodes().keySet();

        for (Set<String> ours : mapping().values()) {
            assertThat(declared).containsAll(ours);
        }
    }

    @Test
    void everyReferenceFailureInNameAreaIsMatched() throws IOException {
        String corpus = System.getProperty("smimecheck.pkilintCorpus");
        assumeTrue(corpus != null && Files.isDirectory(Path.of(corpus)), "smimecheck.pkilintCorpus not set");
        Map<String, Set<String>> mapping = mapping();

        List<String> missing = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        int[] matched = {0};
        int compared = 0;
        try (Stream<Path> files = Files.list(Path.of(corpus))) {
            for (Path expected : files.filter(path -> path.toString().endsWith(".expected.json")).sorted().toList()) {
                compared += compare(expected, mapping, matched, missing, unexpected) ? 1 : 0;
            }
        }

        System.out.println("name rules vs pkilint on " + compared + " certificates: " + matched[0]
                + " reference findings matched, " + missing.size()
                + " missing, " + unexpected.size() + " findings without a reference");
        missing.forEach(line -> System.out.println("  missing    " + line));
        unexpected.forEach(line -> System.out.println("  unexpected " + line));
        assertThat(missing).as("reference ERROR and WARNING findings without a matching smime-check finding")
                .isEmpty();
    }

    /** Compares one corpus case and returns whether its certificate could be parsed. */
    private static boolean compare(Path expectedFile, Map<String, Set<String>> mapping, int[] matched,
            List<String> missing, List<String> unexpected) throws IOException {
        JsonNode expected = new ObjectMapper().readTree(expectedFile.toFile());
        String name = expectedFile.getFileName().toString().replace(".expected.json", "");
        X509CertificateHolder holder = readPem(expectedFile.resolveSibling(name + ".pem"));
        if (holder == null) {
            return false;
        }

        SmimeType type = SmimeType.parse(expected.get("linted_as").asText());
        Set<String> ours = new HashSet<>();
        for (Finding finding : RuleCheck.findingsAs(nameRules(), holder, type)) {
            ours.add(finding.code());
        }

        Set<String> explained = new HashSet<>();
        for (JsonNode finding : expected.get("findings")) {
            Set<String> candidates = mapping.getOrDefault(finding.get("code").asText(), Set.of());
            explained.addAll(candidates);
            String severity = finding.get("severity").asText();
            boolean failure = "ERROR".equals(severity) || "WARNING".equals(severity);
            if (candidates.isEmpty() || !failure) {
                continue;
            }
            if (candidates.stream().anyMatch(ours::contains)) {
                matched[0]++;
            } else {
                missing.add(name + ": " + severity + " " + finding.get("code").asText() + " "
                        + finding.get("message").asText());
            }
        }
        ours.stream().filter(code -> !explained.contains(code)).forEach(code -> unexpected.add(name + ": " + code));
        return true;
    }

    /** Returns the certificate, or null when the PEM does not parse (the corpus has malformed cases). */
    private static X509CertificateHolder readPem(Path pem) throws IOException {
        try (PEMParser parser = new PEMParser(new StringReader(Files.readString(pem, StandardCharsets.US_ASCII)))) {
            Object object = parser.readObject();
            return object instanceof X509CertificateHolder holder ? holder : null;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static List<Rule> nameRules() {
        List<Rule> rules = new ArrayList<>();
        for (Rule rule : RuleRegistry.allRules()) {
            boolean nameRule = rule.getClass().getPackageName().equals(NameRule.class.getPackageName());
            if (nameRule || rule instanceof MailboxAddressInSanRule) {
                rules.add(rule);
            }
        }
        return rules;
    }

    /** Returns our codes per pkilint code; a pkilint code may map to several of ours. */
    static Map<String, Set<String>> mapping() throws IOException {
        Map<String, Set<String>> mapping = new LinkedHashMap<>();
        try (InputStream in = NameRulesConformanceTest.class.getResourceAsStream(MAPPING)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] columns = lines[i].split("\t");
                mapping.computeIfAbsent(columns[0], key -> new HashSet<>()).add(columns[1].trim());
            }
        }
        return mapping;
    }
}
