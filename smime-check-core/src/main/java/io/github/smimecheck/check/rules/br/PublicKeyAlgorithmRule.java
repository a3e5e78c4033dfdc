package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * The subjectPublicKeyInfo AlgorithmIdentifier must match one of the encodings S/MIME BR 7.1.3.1
 * lists, byte for byte: rsaEncryption with NULL parameters, namedCurve P-256, P-384 or P-521,
 * Ed25519, Ed448, ML-DSA-44/65/87 or ML-KEM-512/768/1024. Any other algorithm, curve or parameter
 * encoding (absent RSA parameters, explicit curve parameters, RSASSA-PSS keys, X25519) is an error.
 * ML-DSA and ML-KEM keys count only in certificates issued from 2025-08-22, when BR 1.0.11 took
 * effect.
 */
public final class PublicKeyAlgorithmRule extends SmimeProfileRule {

    public static final FindingCode NOT_ALLOWED = FindingCode.error("smbr.key.algorithm_not_allowed",
            "S/MIME BR 7.1.3.1", "The public key algorithm or its parameter encoding is not one the BR allows.");

    @Override
    protected List<FindingCode> profileCodes() {
        return List.of(NOT_ALLOWED);
    }

    @Override
    protected void checkProfile(CertificateUnderTest certificate, FindingSink findings) {
        AlgorithmIdentifier algorithm = certificate.holder().getSubjectPublicKeyInfo().getAlgorithm();
        String encoding = AlgorithmEncodings.hex(algorithm);
        String name = AlgorithmEncodings.PUBLIC_KEYS.get(encoding);
        if (name == null) {
            findings.report(NOT_ALLOWED, "public key algorithm " + algorithm.getAlgorithm().getId() + " is encoded as "
                    + encoding + "; expected one of RSA (NULL parameters), EC P-256/P-384/P-521 (named curve),"
                    + " Ed25519, Ed448, ML-DSA or ML-KEM; reissue with an allowed key");
            return;
        }

        String tooEarly = AlgorithmEncodings.tooEarly(name, certificate.notBefore());
        if (tooEarly != null) {
            findings.report(NOT_ALLOWED, "public key " + tooEarly + "; reissue the certificate");
        }
    }
}
