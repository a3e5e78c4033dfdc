package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * Elliptic-curve keys must use a named curve, and only P-256, P-384 or P-521 (S/MIME BR 6.1.5
 * and 7.1.3.1.2).
 */
public final class EcCurveRule extends SmimeRule {

    public static final FindingCode CURVE_NOT_ALLOWED = FindingCode.error("smbr.key.ec_curve_not_allowed",
            "S/MIME BR 6.1.5", "The EC key does not use the named curve P-256, P-384 or P-521.");

    static final Map<ASN1ObjectIdentifier, String> ALLOWED_CURVES = Map.of(
            X9ObjectIdentifiers.prime256v1, "P-256",
            SECObjectIdentifiers.secp384r1, "P-384",
            SECObjectIdentifiers.secp521r1, "P-521");

    @Override
    public List<FindingCode> codes() {
        return List.of(CURVE_NOT_ALLOWED);
    }

    @Override
    public void check(CertificateUnderTest certificate, FindingSink findings) {
        AlgorithmIdentifier algorithm = certificate.holder().getSubjectPublicKeyInfo().getAlgorithm();
        if (!X9ObjectIdentifiers.id_ecPublicKey.equals(algorithm.getAlgorithm())) {
            return;
        }

        if (!(algorithm.getParameters() instanceof ASN1ObjectIdentifier curve)) {
            findings.report(CURVE_NOT_ALLOWED, "EC key has explicit or missing curve parameters; expected the named"
                    + " curve P-256, P-384 or P-521; reissue with a named-curve key");
            return;
        }
        if (!ALLOWED_CURVES.containsKey(curve)) {
            findings.report(CURVE_NOT_ALLOWED, "EC key uses curve " + curve.getId() + "; expected P-256, P-384 or"
                    + " P-521; reissue with one of those curves");
        }
    }
}
