package io.github.smimecheck.check.rules.policy;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;

/**
 * The subject key must use an algorithm the policy lists in {@code keys.algorithms} (RSA, EC,
 * EdDSA). The strength within an allowed algorithm is {@link KeyStrengthPolicyRule}'s job.
 */
public final class KeyAlgorithmPolicyRule extends SmimePolicyRule {

    public static final FindingCode NOT_ALLOWED = FindingCode.error("policy.key.algorithm_not_allowed",
            "organisation policy: keys.algorithms", "The subject key algorithm is not allowed by the policy.");

    @Override
    public List<FindingCode> codes() {
        return List.of(NOT_ALLOWED);
    }

    @Override
    public void check(CertificateUnderTest certificate, FindingSink findings) {
        String family = SubjectKeys.family(certificate.holder().getSubjectPublicKeyInfo());
        List<String> allowed = certificate.policy().keyAlgorithms().stream().sorted().toList();
        if (!allowed.contains(family)) {
            findings.report(NOT_ALLOWED, "subject key algorithm is " + family + "; the policy allows " + allowed
                    + "; reissue with an allowed key type");
        }
    }
}
