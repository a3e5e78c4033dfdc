package io.github.smimecheck.check.read;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1SequenceParser;
import org.bouncycastle.asn1.ASN1StreamParser;
import org.bouncycastle.asn1.ASN1TaggedObjectParser;
import org.bouncycastle.asn1.bc.ObjectStore;

/**
 * Keystore formats, detected from their bytes rather than the file name: JKS and JCEKS by their
 * magic numbers, PKCS#12 and BCFKS by their ASN.1 structure.
 */
enum KeystoreType {

    JKS("JKS", "JKS"),
    JCEKS("JCEKS", "JCEKS"),
    PKCS12("PKCS12", "PKCS#12"),
    BCFKS("BCFKS", "BCFKS");

    private static final byte[] JKS_MAGIC = {(byte) 0xFE, (byte) 0xED, (byte) 0xFE, (byte) 0xED};
    private static final byte[] JCEKS_MAGIC = {(byte) 0xCE, (byte) 0xCE, (byte) 0xCE, (byte) 0xCE};

    private final String jcaName;
    private final String displayName;

    KeystoreType(String jcaName, String displayName) {
        this.jcaName = jcaName;
        this.displayName = displayName;
    }

    /** Returns the type name that {@link java.security.KeyStore#getInstance(String)} takes. */
    String jcaName() {
        return jcaName;
    }

    String displayName() {
        return displayName;
    }

    static Optional<KeystoreType> detect(Content content) {
        if (content.startsWith(JKS_MAGIC)) {
            return Optional.of(JKS);
        }
        if (content.startsWith(JCEKS_MAGIC)) {
            return Optional.of(JCEKS);
        }
        byte[] bytes = content.bytes();
        if (bytes.length < 16 || bytes[0] != 0x30) {
            return Optional.empty();
        }
        if (isPkcs12(bytes)) {
            return Optional.of(PKCS12);
        }
        return isBcfks(bytes) ? Optional.of(BCFKS) : Optional.empty();
    }

    /** PFX ::= SEQUENCE { version INTEGER (3), authSafe ContentInfo, macData MacData OPTIONAL }. */
    private static boolean isPkcs12(byte[] bytes) {
        try {
            ASN1Encodable outer = new ASN1StreamParser(bytes).readObject();
            if (!(outer instanceof ASN1SequenceParser pfx)) {
                return false;
            }
            ASN1Encodable version = pfx.readObject();
            return version instanceof ASN1Integer integer && integer.hasValue(BigInteger.valueOf(3))
                    && pfx.readObject() instanceof ASN1SequenceParser;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * ObjectStore ::= SEQUENCE { storeData SEQUENCE, integrityCheck SEQUENCE or [0] }. The cheap
     * check on the first two elements runs first; a full parse then rules out X.509 certificates,
     * which have three elements.
     */
    private static boolean isBcfks(byte[] bytes) {
        try {
            ASN1Encodable outer = new ASN1StreamParser(bytes).readObject();
            if (!(outer instanceof ASN1SequenceParser store) || !(store.readObject() instanceof ASN1SequenceParser)) {
                return false;
            }
            ASN1Encodable integrity = store.readObject();
            if (!(integrity instanceof ASN1SequenceParser) && !(integrity instanceof ASN1TaggedObjectParser)) {
                return false;
            }
            ASN1Sequence parsed = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(bytes));
            return parsed.size() == 2 && ObjectStore.getInstance(parsed) != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
