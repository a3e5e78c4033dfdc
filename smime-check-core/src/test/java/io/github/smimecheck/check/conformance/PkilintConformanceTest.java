package io.github.smimecheck.check.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.smimecheck.check.classify.Category;
import io.github.smimecheck.check.classify.Classification;
import io.github.smimecheck.check.policy.Policy;
import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.rules.RuleRegistry;
import io.github.smimecheck.check.rules.RuleRunner;
import io.github.smimecheck.check.rules.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lints every certificate of the pkilint corpus as the type its expected.json names and compares
 * the reference ERROR and WARNING findings with ours as sets of smime-check codes. The corpus
 * folder comes from the system property {@code smime.corpus.dir}; without it the test is skipped,
 * except under CI=true, where it fails.
 */
class PkilintConformanceTest {

    static final double MIN_VERDICT_AGREEMENT = 0.98;
    private static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");

    private static List<CaseComparison> comparisons;
    private static ConformanceReport report;

    @BeforeAll
    static void lintCorpus() throws IOException {
        Path corpus = corpusFolder();
        ConformanceMappings mappings = ConformanceMappings.load();
        RuleRunner runner = new RuleRunner(RuleRegistry.allRules());

        comparisons = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path pem : files.filter(file -> file.toString().endsWith(".pem")).sorted().toList()) {
                CorpusCase corpusCase = CorpusCase.load(pem);
                comparisons.add(CaseComparison.compare(corpusCase, ourCodes(runner, corpusCase), mappings));
            }
        }
        report = new ConformanceReport(comparisons);
        System.out.println(report.text());
    }

    @Test
    void corpusIsNotEmpty() {
        assertThat(comparisons).isNotEmpty();
    }

    @Test
    void verdictsAgreeOnAtLeast98Percent() {
        assertThat(report.rawAgreement()).as("pass/fail agreement with pkilint before deliberate differences;"
                + " see the conformance report above").isGreaterThanOrEqualTo(MIN_VERDICT_AGREEMENT);
    }

    @Test
    void verdictsAgreeExceptDeliberateDifferences() {
        assertThat(report.verdictDisagreements()).as("cases whose verdict differs without a listed reason")
                .isEmpty();
    }

    @Test
    void everyReferenceErrorIsMatched() {
        List<String> unmatched = comparisons.stream().filter(comparison -> !comparison.missingErrors().isEmpty())
                .map(comparison -> comparison.name() + " " + comparison.missingErrors()).toList();
        assertThat(unmatched).as("reference ERROR findings with no matching smime-check finding").isEmpty();
    }

    private static Set<String> ourCodes(RuleRunner runner, CorpusCase corpusCase) {
        Set<String> codes = new TreeSet<>();
        try {
            Classification classification = new Classification(Category.SMIME, corpusCase.type(),
                    "linted as " + corpusCase.type());
            CertificateUnderTest underTest = new CertificateUnderTest(corpusCase.certificate(), classification,
                    Policy.defaults(), AS_OF);
            for (Finding finding : runner.check(underTest)) {
                boolean compared = finding.code().startsWith("smbr.") || finding.code().equals("scan.rule.failed");
                if (compared && finding.severity() != Severity.INFO) {
                    codes.add(finding.severity().name() + ":" + finding.code());
                }
            }
        } catch (IOException | RuntimeException e) {
            codes.add("ERROR:scan.read.unreadable");
        }
        return codes;
    }

    private static Path corpusFolder() {
        String property = System.getProperty("smime.corpus.dir");
        Path folder = property == null ? null : Path.of(property, "pkilint");
        if (folder != null && Files.isDirectory(folder)) {
            return folder;
        }
        String message = "pkilint conformance corpus not found at " + folder + "; set -Dsmime.corpus.dir to the"
                + " folder that holds pkilint/";
        if ("true".equals(System.getenv("CI"))) {
            fail(message);
        }
        Assumptions.assumeTrue(false, message);
        return folder;
    }
}
