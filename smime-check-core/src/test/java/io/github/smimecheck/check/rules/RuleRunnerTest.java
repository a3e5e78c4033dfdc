package io.github.smimecheck.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.classify.Category;
import io.github.smimecheck.check.classify.Classification;
import io.github.smimecheck.check.policy.Policy;
import io.github.smimecheck.check.testing.TestCertificates;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleRunnerTest {

    private static final FindingCode PASSED = FindingCode.info("test.rule.ran", "test", "The rule ran.");

    /** A rule with a bug: it throws on every certificate. */
    private static final class ThrowingRule implements Rule {

        @Override
        public List<FindingCode> codes() {
            return List.of();
        }

        @Override
        public boolean appliesTo(CertificateUnderTest certificate) {
            return true;
        }

        @Override
        public void check(CertificateUnderTest certificate, FindingSink findings) {
            throw new IllegalStateException("bug in the rule");
        }
    }

    /** A rule that always reports one INFO finding, to show the rules after a throwing one still run. */
    private static final class ReportingRule implements Rule {

        @Override
        public List<FindingCode> codes() {
            return List.of(PASSED);
        }

        @Override
        public boolean appliesTo(CertificateUnderTest certificate) {
            return true;
        }

        @Override
        public void check(CertificateUnderTest certificate, FindingSink findings) {
            findings.report(PASSED, "ran");
        }
    }

    @Test
    void throwingRuleBecomesFinding() {
        List<Finding> findings = new RuleRunner(List.of(new ThrowingRule(), new ReportingRule())).check(underTest());

        assertThat(findings).extracting(Finding::code).containsExactly("scan.rule.failed", "test.rule.ran");
    }

    @Test
    void ruleFailureNamesRuleAndCause() {
        List<Finding> findings = new RuleRunner(List.of(new ThrowingRule())).check(underTest());

        assertThat(findings.get(0).message()).contains("ThrowingRule", "bug in the rule");
    }

    private static CertificateUnderTest underTest() {
        return new CertificateUnderTest(TestCertificates.smime().build(), Classification.of(Category.SMIME),
                Policy.defaults(), Instant.parse("2026-06-01T00:00:00Z"));
    }
}
