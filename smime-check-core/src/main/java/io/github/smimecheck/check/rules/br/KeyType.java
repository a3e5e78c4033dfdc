package io.github.smimecheck.check.rules.br;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * The public key families the keyUsage table of S/MIME BR 7.1.2.3 e distinguishes, each with the
 * keyUsage bits that make a certificate a signing or key-management certificate.
 */
enum KeyType {
    RSA("RSA", KeyUsage.digitalSignature | KeyUsage.keyEncipherment),
    EC("EC", KeyUsage.digitalSignature | KeyUsage.keyAgreement),
    EDDSA("EdDSA", KeyUsage.digitalSignature),
    ML_DSA("ML-DSA", KeyUsage.digitalSignature),
    ML_KEM("ML-KEM", KeyUsage.keyEncipherment),
    OTHER("other", 0);

    private static final String ML_DSA_PREFIX = "2.16.840.1.101.3.4.3.";
    private static final String ML_KEM_PREFIX = "2.16.840.1.101.3.4.4.";

    final String label;
    final int usageBits;

    KeyType(String label, int usageBits) {
        this.label = label;
        this.usageBits = usageBits;
    }

    static KeyType of(ASN1ObjectIdentifier algorithm) {
        String oid = algorithm.getId();
        return switch (oid) {
            case "1.2.840.113549.1.1.1" -> RSA;
            case "1.2.840.10045.2.1" -> EC;
            case "1.3.101.112", "1.3.101.113" -> EDDSA;
            case ML_DSA_PREFIX + "17", ML_DSA_PREFIX + "18", ML_DSA_PREFIX + "19" -> ML_DSA;
            case ML_KEM_PREFIX + "1", ML_KEM_PREFIX + "2", ML_KEM_PREFIX + "3" -> ML_KEM;
            default -> OTHER;
        };
    }
}
