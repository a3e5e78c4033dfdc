package io.github.smimecheck.check.rules.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/** Names the key algorithm of a subject public key the way the policy file does. */
final class SubjectKeys {

    private SubjectKeys() {
    }

    /** Returns RSA (rsaEncryption or RSASSA-PSS keys), EC, EdDSA, or the dotted OID of any other algorithm. */
    static String family(SubjectPublicKeyInfo key) {
        ASN1ObjectIdentifier oid = key.getAlgorithm().getAlgorithm();
        if (PKCSObjectIdentifiers.rsaEncryption.equals(oid) || PKCSObjectIdentifiers.id_RSASSA_PSS.equals(oid)) {
            return "RSA";
        }
        if (X9ObjectIdentifiers.id_ecPublicKey.equals(oid)) {
            return "EC";
        }
        if (EdECObjectIdentifiers.id_Ed25519.equals(oid) || EdECObjectIdentifiers.id_Ed448.equals(oid)) {
            return "EdDSA";
        }
        return oid.getId();
    }

    /** Returns Ed25519 or Ed448 for an EdDSA key. */
    static String edwardsCurve(SubjectPublicKeyInfo key) {
        return EdECObjectIdentifiers.id_Ed25519.equals(key.getAlgorithm().getAlgorithm()) ? "Ed25519" : "Ed448";
    }

    static int rsaModulusBits(SubjectPublicKeyInfo key) {
        try {
            return RSAPublicKey.getInstance(key.parsePublicKey()).getModulus().bitLength();
        } catch (IOException e) {
            throw new UncheckedIOException("invalid RSA public key encoding", e);
        }
    }
}
