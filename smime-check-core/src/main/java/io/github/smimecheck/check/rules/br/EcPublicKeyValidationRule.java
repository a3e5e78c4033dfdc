package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECPoint;

/**
 * An EC public key should pass partial public-key validation (S/MIME BR 6.1.6, NIST SP 800-56A
 * 5.6.2.3.4): the point decodes, lies on the named curve, is not the point at infinity and has
 * the curve's order. A failure is a warning because the BR states this as a SHOULD. Keys on curves other
 * than named curves that BouncyCastle supports are left to {@link PublicKeyAlgorithmRule}.
 */
public final class EcPublicKeyValidationRule extends SmimeProfileRule {

    public static final FindingCode INVALID_POINT = FindingCode.warning("smbr.key.ec_point_invalid",
            "S/MIME BR 6.1.6", "The EC public key fails partial public-key validation.");

    @Override
    protected List<FindingCode> profileCodes() {
        return List.of(INVALID_POINT);
    }

    @Override
    protected void checkProfile(CertificateUnderTest certificate, FindingSink findings) {
        SubjectPublicKeyInfo key = certificate.holder().getSubjectPublicKeyInfo();
        AlgorithmIdentifier algorithm = key.getAlgorithm();
        if (!X9ObjectIdentifiers.id_ecPublicKey.equals(algorithm.getAlgorithm())
                || !(algorithm.getParameters() instanceof ASN1ObjectIdentifier curveOid)) {
            return;
        }
        X9ECParameters curve = CustomNamedCurves.getByOID(curveOid);
        if (curve == null) {
            return;
        }

        String problem = validate(curve, key.getPublicKeyData().getOctets());
        if (problem != null) {
            findings.report(INVALID_POINT, "EC public key on curve " + curveOid.getId() + " is invalid: " + problem
                    + "; expected a point on the curve; generate a new key pair and reissue");
        }
    }

    private static String validate(X9ECParameters curve, byte[] encodedPoint) {
        ECPoint point;
        try {
            point = curve.getCurve().decodePoint(encodedPoint);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        if (point.isInfinity()) {
            return "the point at infinity";
        }
        if (!point.isValid()) {
            return "the point is not on the curve or has the wrong order";
        }
        return null;
    }
}
