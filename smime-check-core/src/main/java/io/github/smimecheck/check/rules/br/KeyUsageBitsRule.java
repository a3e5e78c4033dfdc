package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.classify.Generation;
import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * The keyUsage bits must fit the key type (S/MIME BR 7.1.2.3 e). Every certificate must assert a
 * signing or key-management usage: digitalSignature (RSA, EC, EdDSA, ML-DSA), keyEncipherment
 * (RSA, ML-KEM) or keyAgreement (EC). nonRepudiation may only accompany digitalSignature.
 * dataEncipherment may accompany keyEncipherment on RSA keys, except in the strict generation.
 * encipherOnly or decipherOnly, never both, may accompany keyAgreement on EC keys. ML-KEM keys
 * allow keyEncipherment alone. keyCertSign (reported with its own code) and cRLSign are never
 * allowed on an end-entity certificate. Keys of other types are left to
 * {@link PublicKeyAlgorithmRule}.
 */
public final class KeyUsageBitsRule extends SmimeProfileRule {

    private static final String SECTION = "S/MIME BR 7.1.2.3 e";

    public static final FindingCode NO_USAGE = FindingCode.error("smbr.key_usage.no_signing_or_key_management",
            SECTION, "keyUsage asserts neither a signing nor a key-management usage for the key type.");
    public static final FindingCode PROHIBITED_BIT = FindingCode.error("smbr.key_usage.prohibited_bit", SECTION,
            "keyUsage asserts a bit the key type and generation do not allow.");
    public static final FindingCode KEY_CERT_SIGN = FindingCode.error("smbr.key_usage.key_cert_sign",
            "RFC 5280 4.2.1.3", "keyUsage asserts keyCertSign on an end-entity certificate.");
    public static final FindingCode ENCIPHER_AND_DECIPHER_ONLY = FindingCode.error(
            "smbr.key_usage.encipher_and_decipher_only", SECTION, "keyUsage asserts both encipherOnly and decipherOnly.");

    private static final int[] BITS = {KeyUsage.digitalSignature, KeyUsage.nonRepudiation, KeyUsage.keyEncipherment,
        KeyUsage.dataEncipherment, KeyUsage.keyAgreement, KeyUsage.keyCertSign, KeyUsage.cRLSign,
        KeyUsage.encipherOnly, KeyUsage.decipherOnly};
    private static final String[] BIT_NAMES = {"digitalSignature", "nonRepudiation", "keyEncipherment",
        "dataEncipherment", "keyAgreement", "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly"};

    @Override
    protected List<FindingCode> profileCodes() {
        return List.of(NO_USAGE, PROHIBITED_BIT, KEY_CERT_SIGN, ENCIPHER_AND_DECIPHER_ONLY);
    }

    @Override
    protected void checkProfile(CertificateUnderTest certificate, FindingSink findings) {
        Extension extension = certificate.extension(Extension.keyUsage);
        KeyType keyType = KeyType.of(certificate.holder().getSubjectPublicKeyInfo().getAlgorithm().getAlgorithm());
        if (extension == null || keyType == KeyType.OTHER) {
            return;
        }
        int bits = ASN1BitString.getInstance(certificate.extensionValue(Extension.keyUsage)).intValue();

        if ((bits & keyType.usageBits) == 0) {
            findings.report(NO_USAGE, "keyUsage is " + names(bits) + "; expected " + keyType.label + " keys to assert "
                    + names(keyType.usageBits).replace(", ", " or ") + "; reissue with the usage the key serves");
        }
        if ((bits & KeyUsage.keyCertSign) != 0) {
            findings.report(KEY_CERT_SIGN, "keyUsage asserts keyCertSign on an end-entity certificate; expected it"
                    + " absent; reissue without keyCertSign");
        }
        int both = KeyUsage.encipherOnly | KeyUsage.decipherOnly;
        if ((bits & both) == both) {
            findings.report(ENCIPHER_AND_DECIPHER_ONLY, "keyUsage asserts both encipherOnly and decipherOnly;"
                    + " expected at most one; reissue with one of them or neither");
        }

        Generation generation = generationOrLegacy(certificate);
        int allowed = allowedBits(keyType, bits, generation);
        int prohibited = bits & ~allowed & ~KeyUsage.keyCertSign;
        if (prohibited != 0) {
            findings.report(PROHIBITED_BIT, "keyUsage asserts " + names(prohibited) + ", not allowed for "
                    + keyType.label + " keys in the " + generationName(generation) + " generation with these other"
                    + " bits; expected only " + names(allowed) + "; reissue without " + names(prohibited));
        }
    }

    private static int allowedBits(KeyType keyType, int bits, Generation generation) {
        int allowed = 0;
        if ((bits & KeyUsage.digitalSignature) != 0 && keyType != KeyType.ML_KEM) {
            allowed |= KeyUsage.digitalSignature | KeyUsage.nonRepudiation;
        }
        switch (keyType) {
            case RSA -> {
                allowed |= KeyUsage.keyEncipherment;
                if ((bits & KeyUsage.keyEncipherment) != 0 && generation != Generation.STRICT) {
                    allowed |= KeyUsage.dataEncipherment;
                }
            }
            case EC -> {
                allowed |= KeyUsage.keyAgreement;
                if ((bits & KeyUsage.keyAgreement) != 0) {
                    allowed |= KeyUsage.encipherOnly | KeyUsage.decipherOnly;
                }
            }
            case ML_KEM -> allowed |= KeyUsage.keyEncipherment;
            default -> {
            }
        }
        return allowed;
    }

    static String names(int bits) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < BITS.length; i++) {
            if ((bits & BITS[i]) != 0) {
                names.add(BIT_NAMES[i]);
            }
        }
        StringJoiner joined = new StringJoiner(", ");
        names.forEach(joined::add);
        return names.isEmpty() ? "empty" : joined.toString();
    }
}
