package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;

/**
 * The signature field inside tbsCertificate must be identical to the outer signatureAlgorithm
 * (RFC 5280 4.1.1.2, which S/MIME BR 7.1 adopts).
 */
public final class SignatureAlgorithmMatchRule extends SmimeProfileRule {

    public static final FindingCode MISMATCH = FindingCode.error("smbr.signature.algorithm_mismatch",
            "RFC 5280 4.1.1.2", "tbsCertificate.signature differs from the outer signatureAlgorithm.");

    @Override
    protected List<FindingCode> profileCodes() {
        return List.of(MISMATCH);
    }

    @Override
    protected void checkProfile(CertificateUnderTest certificate, FindingSink findings) {
        Certificate asn1 = certificate.asn1();
        AlgorithmIdentifier inner = asn1.getTBSCertificate().getSignature();
        AlgorithmIdentifier outer = asn1.getSignatureAlgorithm();
        if (!inner.equals(outer)) {
            findings.report(MISMATCH, "tbsCertificate.signature is " + AlgorithmEncodings.hex(inner)
                    + " but signatureAlgorithm is " + AlgorithmEncodings.hex(outer) + "; expected identical"
                    + " encodings; reissue the certificate");
        }
    }
}
