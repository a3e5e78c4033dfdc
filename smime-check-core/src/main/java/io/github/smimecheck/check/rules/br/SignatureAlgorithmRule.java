package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * The certificate's signature AlgorithmIdentifier must match one of the encodings S/MIME BR
 * 7.1.3.2 lists, byte for byte. These are RSA PKCS#1 v1.5 with SHA-256/384/512 and NULL
 * parameters, RSASSA-PSS with SHA-256/384/512, MGF1 with the same hash and a salt of 32/48/64
 * bytes, ECDSA with SHA-256/384/512, Ed25519, Ed448 and ML-DSA. MD5 and SHA-1 signatures get
 * their own code. ML-DSA counts only in certificates issued from 2025-08-22, when BR 1.0.11 took
 * effect. Whether the ECDSA hash suits the issuer's curve needs the issuer certificate, so it is
 * not checked.
 */
public final class SignatureAlgorithmRule extends SmimeProfileRule {

    private static final String SECTION = "S/MIME BR 7.1.3.2";

    public static final FindingCode WEAK_HASH = FindingCode.error("smbr.signature.weak_hash", SECTION,
            "The certificate is signed with MD5 or SHA-1.");
    public static final FindingCode NOT_ALLOWED = FindingCode.error("smbr.signature.algorithm_not_allowed", SECTION,
            "The signature algorithm or its parameter encoding is not one the BR allows.");

    static final Map<ASN1ObjectIdentifier, String> WEAK_ALGORITHMS = Map.of(
            PKCSObjectIdentifiers.md5WithRSAEncryption, "md5WithRSAEncryption",
            PKCSObjectIdentifiers.md2WithRSAEncryption, "md2WithRSAEncryption",
            PKCSObjectIdentifiers.sha1WithRSAEncryption, "sha1WithRSAEncryption",
            X9ObjectIdentifiers.ecdsa_with_SHA1, "ecdsa-with-SHA1",
            X9ObjectIdentifiers.id_dsa_with_sha1, "dsa-with-sha1",
            OIWObjectIdentifiers.sha1WithRSA, "sha1WithRSA (OIW)");

    @Override
    protected List<FindingCode> profileCodes() {
        return List.of(WEAK_HASH, NOT_ALLOWED);
    }

    @Override
    protected void checkProfile(CertificateUnderTest certificate, FindingSink findings) {
        AlgorithmIdentifier algorithm = certificate.holder().getSignatureAlgorithm();
        String weak = WEAK_ALGORITHMS.get(algorithm.getAlgorithm());
        if (weak != null) {
            findings.report(WEAK_HASH, "signature algorithm is " + weak + " (" + algorithm.getAlgorithm().getId()
                    + "); expected SHA-256 or stronger; reissue the certificate");
            return;
        }

        String encoding = AlgorithmEncodings.hex(algorithm);
        String name = AlgorithmEncodings.SIGNATURES.get(encoding);
        if (name == null) {
            findings.report(NOT_ALLOWED, "signature algorithm " + algorithm.getAlgorithm().getId() + " is encoded as "
                    + encoding + "; expected RSA PKCS#1 v1.5 or RSASSA-PSS with SHA-256/384/512, ECDSA with"
                    + " SHA-256/384/512, Ed25519, Ed448 or ML-DSA in the BR's exact encoding; reissue the certificate");
            return;
        }

        String tooEarly = AlgorithmEncodings.tooEarly(name, certificate.notBefore());
        if (tooEarly != null) {
            findings.report(NOT_ALLOWED, "signature algorithm " + tooEarly + "; reissue the certificate");
        }
    }
}
