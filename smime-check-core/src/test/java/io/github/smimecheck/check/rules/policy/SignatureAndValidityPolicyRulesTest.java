package io.github.smimecheck.check.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.policy.Policy;
import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.testing.TestCertificates;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignatureAndValidityPolicyRulesTest {

    private static final Instant START = TestCertificates.DEFAULT_NOT_BEFORE;

    @Test
    void defaultSignatureIsAllowed() {
        assertThat(signature(TestCertificates.smime(), Policy.defaults())).isEmpty();
    }

    @Test
    void sha1SignatureIsRejected() {
        List<Finding> findings = signature(TestCertificates.smime().signatureAlgorithm("SHA1withRSA"), Policy.defaults());

        assertThat(findings).extracting(Finding::code).containsExactly("policy.signature.algorithm_not_allowed");
        assertThat(findings.get(0).message()).startsWith("signed with SHA1WITHRSA; the policy allows [SHA256withRSA,");
    }

    @Test
    void pssIsComparedWithItsHash() {
        Policy sha384Only = Policy.builder().signatureAlgorithms(List.of("SHA384withRSAandMGF1")).build();
        Policy sha256Only = Policy.builder().signatureAlgorithms(List.of("SHA256withRSAandMGF1")).build();
        TestCertificates pss = TestCertificates.smime().signatureAlgorithm("SHA256withRSAandMGF1");

        assertThat(signature(pss, sha256Only)).isEmpty();
        assertThat(signature(pss, sha384Only)).extracting(Finding::message)
                .containsExactly("signed with SHA256WITHRSAANDMGF1; the policy allows [SHA384withRSAandMGF1]; have the"
                        + " CA reissue it with an allowed algorithm");
    }

    @Test
    void validityDayBeforeMaximumPasses() {
        assertThat(validity(397)).isEmpty();
    }

    @Test
    void validityAtMaximumPasses() {
        assertThat(validity(398)).isEmpty();
    }

    @Test
    void validityDayAfterMaximumFails() {
        assertThat(validity(399)).extracting(Finding::message)
                .containsExactly("validity period is 399 days; the policy allows at most 398 days; reissue with a"
                        + " shorter validity");
    }

    private static List<Finding> signature(TestCertificates builder, Policy policy) {
        return PolicyRuleFixture.check(new SignatureAlgorithmPolicyRule(), builder.build(), policy);
    }

    /** Checks a certificate valid for exactly {@code days} days, notAfter being the last second of the last day. */
    private static List<Finding> validity(int days) {
        Instant notAfter = START.plus(days, ChronoUnit.DAYS).minusSeconds(1);
        Policy policy = Policy.builder().maxValidityDays(398).build();
        return PolicyRuleFixture.check(new MaximumValidityPolicyRule(),
                TestCertificates.smime().validity(START, notAfter).build(), policy);
    }
}
