package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * Certificates must not be signed with MD5 or SHA-1 (S/MIME BR 7.1.3.2 lists only SHA-256 and
 * stronger hashes).
 */
public final class WeakSignatureHashRule extends SmimeRule {

    public static final FindingCode WEAK_HASH = FindingCode.error("smbr.signature.weak_hash", "S/MIME BR 7.1.3.2",
            "The certificate is signed with MD5 or SHA-1.");

    static final Map<ASN1ObjectIdentifier, String> WEAK_ALGORITHMS = Map.of(
            PKCSObjectIdentifiers.md5WithRSAEncryption, "md5WithRSAEncryption",
            PKCSObjectIdentifiers.md2WithRSAEncryption, "md2WithRSAEncryption",
            PKCSObjectIdentifiers.sha1WithRSAEncryption, "sha1WithRSAEncryption",
            X9ObjectIdentifiers.ecdsa_with_SHA1, "ecdsa-with-SHA1",
            X9ObjectIdentifiers.id_dsa_with_sha1, "dsa-with-sha1",
            OIWObjectIdentifiers.sha1WithRSA, "sha1WithRSA (OIW)");

    @Override
    public List<FindingCode> codes() {
        return List.of(WEAK_HASH);
    }

    @Override
    public void check(CertificateUnderTest certificate, FindingSink findings) {
        ASN1ObjectIdentifier algorithm = certificate.holder().getSignatureAlgorithm().getAlgorithm();
        String name = WEAK_ALGORITHMS.get(algorithm);
        if (name != null) {
            findings.report(WEAK_HASH, "signature algorithm is " + name + " (" + algorithm.getId() + "); expected"
                    + " SHA-256 or stronger; reissue the certificate");
        }
    }
}
