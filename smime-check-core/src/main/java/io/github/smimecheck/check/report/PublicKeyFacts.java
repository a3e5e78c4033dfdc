package io.github.smimecheck.check.report;

import io.github.smimecheck.check.inventory.Inventory;
import java.io.IOException;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;

/**
 * The facts the CBOM states about a subject public key: its algorithm, size in bits, named curve
 * and the SHA-256 of its DER SubjectPublicKeyInfo.
 *
 * @param bits key size in bits, or null when it cannot be determined
 * @param curve named curve such as {@code secp256r1}, or null for other keys
 */
record PublicKeyFacts(String algorithmOid, String algorithmName, Integer bits, String curve, String sha256) {

    private static final DefaultAlgorithmNameFinder NAMES = new DefaultAlgorithmNameFinder();

    static PublicKeyFacts of(SubjectPublicKeyInfo key) {
        AlgorithmIdentifier algorithm = key.getAlgorithm();
        ASN1ObjectIdentifier oid = algorithm.getAlgorithm();
        String sha256 = Inventory.sha256Hex(encoded(key));
        String curve = null;
        Integer bits = null;

        if (oid.equals(PKCSObjectIdentifiers.rsaEncryption)) {
            bits = rsaBits(key);
        } else if (oid.equals(X9ObjectIdentifiers.id_ecPublicKey)
                && algorithm.getParameters() instanceof ASN1ObjectIdentifier curveOid) {
            curve = ECNamedCurveTable.getName(curveOid);
            X9ECParameters parameters = ECNamedCurveTable.getByOID(curveOid);
            bits = parameters == null ? null : parameters.getCurve().getFieldSize();
        } else if (oid.equals(EdECObjectIdentifiers.id_Ed25519)) {
            bits = 256;
        } else if (oid.equals(EdECObjectIdentifiers.id_Ed448)) {
            bits = 456;
        }
        return new PublicKeyFacts(oid.getId(), algorithmName(oid), bits, curve, sha256);
    }

    /** Returns a readable label such as {@code RSA-2048} or {@code EC secp256r1}. */
    String label() {
        if (curve != null) {
            return algorithmName + " " + curve;
        }
        return bits == null ? algorithmName : algorithmName + "-" + bits;
    }

    static String algorithmName(ASN1ObjectIdentifier oid) {
        if (oid.equals(X9ObjectIdentifiers.id_ecPublicKey)) {
            return "EC";
        }
        return NAMES.getAlgorithmName(oid);
    }

    private static Integer rsaBits(SubjectPublicKeyInfo key) {
        try {
            return RSAPublicKey.getInstance(key.parsePublicKey()).getModulus().bitLength();
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] encoded(SubjectPublicKeyInfo key) {
        try {
            return key.getEncoded();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
