package io.github.smimecheck.check.rules.policy;

import io.github.smimecheck.check.policy.Policy;
import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * The subject key must be at least as strong as the policy requires: an RSA modulus of at least
 * {@code keys.rsaMinimumBits} bits, an EC key on a named curve listed in {@code keys.ecCurves}, an
 * EdDSA key of a kind listed in {@code keys.edwardsCurves}. Keys of other algorithms are left to
 * {@link KeyAlgorithmPolicyRule}.
 */
public final class KeyStrengthPolicyRule extends SmimePolicyRule {

    private static final String REQUIREMENT = "organisation policy: keys";

    public static final FindingCode RSA_TOO_SHORT = FindingCode.error("policy.key.rsa_below_minimum", REQUIREMENT,
            "The RSA modulus is shorter than the policy's keys.rsaMinimumBits.");
    public static final FindingCode CURVE_NOT_ALLOWED = FindingCode.error("policy.key.ec_curve_not_allowed",
            REQUIREMENT, "The EC key's curve is not listed in the policy's keys.ecCurves.");
    public static final FindingCode EDWARDS_NOT_ALLOWED = FindingCode.error("policy.key.eddsa_not_allowed",
            REQUIREMENT, "The EdDSA key kind is not listed in the policy's keys.edwardsCurves.");

    @Override
    public List<FindingCode> codes() {
        return List.of(RSA_TOO_SHORT, CURVE_NOT_ALLOWED, EDWARDS_NOT_ALLOWED);
    }

    @Override
    public void check(CertificateUnderTest certificate, FindingSink findings) {
        SubjectPublicKeyInfo key = certificate.holder().getSubjectPublicKeyInfo();
        Policy policy = certificate.policy();

        switch (SubjectKeys.family(key)) {
            case "RSA" -> checkRsa(key, policy, findings);
            case "EC" -> checkCurve(key, policy, findings);
            case "EdDSA" -> checkEdwards(key, policy, findings);
            default -> { }
        }
    }

    private static void checkRsa(SubjectPublicKeyInfo key, Policy policy, FindingSink findings) {
        int bits = SubjectKeys.rsaModulusBits(key);
        if (bits < policy.rsaMinimumBits()) {
            findings.report(RSA_TOO_SHORT, "RSA modulus is " + bits + " bits; the policy requires at least "
                    + policy.rsaMinimumBits() + " bits; reissue with a longer key");
        }
    }

    private static void checkCurve(SubjectPublicKeyInfo key, Policy policy, FindingSink findings) {
        if (!(key.getAlgorithm().getParameters() instanceof ASN1ObjectIdentifier curve)) {
            findings.report(CURVE_NOT_ALLOWED, "EC key has no named curve; the policy allows " + policy.ecCurves()
                    + "; reissue with a named-curve key");
            return;
        }
        if (!policy.allowsCurve(curve)) {
            findings.report(CURVE_NOT_ALLOWED, "EC key uses curve " + curve.getId() + "; the policy allows "
                    + policy.ecCurves() + "; reissue on an allowed curve");
        }
    }

    private static void checkEdwards(SubjectPublicKeyInfo key, Policy policy, FindingSink findings) {
        String kind = SubjectKeys.edwardsCurve(key);
        if (!policy.edwardsCurves().contains(kind)) {
            findings.report(EDWARDS_NOT_ALLOWED, "EdDSA key is " + kind + "; the policy allows "
                    + policy.edwardsCurves() + "; reissue with an allowed key type");
        }
    }
}
