package io.github.smimecheck.check.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.policy.Policy;
import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.testing.TestCertificates;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.Test;

class KeyPolicyRulesTest {

    @Test
    void rsaAtMinimumPasses() {
        Policy policy = Policy.builder().rsaMinimumBits(2048).build();

        assertThat(strength(TestCertificates.smime().key("RSA:2048").build(), policy)).isEmpty();
    }

    @Test
    void rsaBelowMinimumFails() {
        Policy policy = Policy.builder().rsaMinimumBits(3072).build();

        List<Finding> findings = strength(TestCertificates.smime().key("RSA:2048").build(), policy);

        assertThat(findings).extracting(Finding::code).containsExactly("policy.key.rsa_below_minimum");
        assertThat(findings.get(0).message()).isEqualTo("RSA modulus is 2048 bits; the policy requires at least 3072"
                + " bits; reissue with a longer key");
    }

    @Test
    void unlistedCurveFails() {
        Policy policy = Policy.builder().ecCurves(List.of("P-384")).build();

        List<Finding> findings = strength(TestCertificates.smime().key("EC:secp256r1").build(), policy);

        assertThat(findings).extracting(Finding::code).containsExactly("policy.key.ec_curve_not_allowed");
        assertThat(findings.get(0).message()).isEqualTo("EC key uses curve 1.2.840.10045.3.1.7; the policy allows"
                + " [P-384]; reissue on an allowed curve");
    }

    @Test
    void listedCurveByOtherNamePasses() {
        Policy policy = Policy.builder().ecCurves(List.of("prime256v1")).build();

        assertThat(strength(TestCertificates.smime().key("EC:secp256r1").build(), policy)).isEmpty();
    }

    @Test
    void unlistedEdwardsKeyFails() {
        Policy policy = Policy.builder().edwardsCurves(List.of("Ed25519")).build();

        assertThat(strength(TestCertificates.smime().key("Ed448").build(), policy)).extracting(Finding::code)
                .containsExactly("policy.key.eddsa_not_allowed");
    }

    @Test
    void algorithmOutsidePolicyFails() {
        Policy policy = Policy.builder().keyAlgorithms(List.of("RSA")).build();

        List<Finding> findings = PolicyRuleFixture.check(new KeyAlgorithmPolicyRule(),
                TestCertificates.smime().key("EC:secp256r1").build(), policy);

        assertThat(findings).extracting(Finding::code).containsExactly("policy.key.algorithm_not_allowed");
        assertThat(findings.get(0).message()).isEqualTo("subject key algorithm is EC; the policy allows [RSA];"
                + " reissue with an allowed key type");
    }

    @Test
    void algorithmInPolicyPasses() {
        assertThat(PolicyRuleFixture.check(new KeyAlgorithmPolicyRule(),
                TestCertificates.smime().key("Ed25519").build(), Policy.defaults())).isEmpty();
    }

    private static List<Finding> strength(X509CertificateHolder certificate, Policy policy) {
        return PolicyRuleFixture.check(new KeyStrengthPolicyRule(), certificate, policy);
    }
}
