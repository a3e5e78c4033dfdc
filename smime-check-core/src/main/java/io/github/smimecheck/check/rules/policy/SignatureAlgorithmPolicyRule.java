package io.github.smimecheck.check.rules.policy;

import io.github.smimecheck.check.policy.SignatureAlgorithmNames;
import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;

/**
 * The certificate must be signed with an algorithm the policy lists in {@code signatureAlgorithms}.
 * RSASSA-PSS is compared together with its hash, so SHA256withRSAandMGF1 does not allow PSS with SHA-512.
 */
public final class SignatureAlgorithmPolicyRule extends SmimePolicyRule {

    public static final FindingCode NOT_ALLOWED = FindingCode.error("policy.signature.algorithm_not_allowed",
            "organisation policy: signatureAlgorithms", "The signature algorithm is not allowed by the policy.");

    @Override
    public List<FindingCode> codes() {
        return List.of(NOT_ALLOWED);
    }

    @Override
    public void check(CertificateUnderTest certificate, FindingSink findings) {
        String algorithm = SignatureAlgorithmNames.of(certificate.holder().getSignatureAlgorithm());
        if (!certificate.policy().allowsSignature(algorithm)) {
            findings.report(NOT_ALLOWED, "signed with " + algorithm + "; the policy allows "
                    + certificate.policy().signatureAlgorithms() + "; have the CA reissue it with an allowed algorithm");
        }
    }
}
