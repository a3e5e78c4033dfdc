package io.github.smimecheck.check.policy;

import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;

/**
 * Checks single policy values. Each method returns the normalized value or throws
 * {@link IllegalArgumentException} with a message that names the value and the allowed ones.
 */
final class SettingChecks {

    private SettingChecks() {
    }

    /** Returns the allowed value equal to {@code value} ignoring case, in its canonical spelling. */
    static String oneOf(String what, String value, List<String> allowed) {
        for (String candidate : allowed) {
            if (candidate.equalsIgnoreCase(value.trim())) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + value + "'; use one of " + allowed);
    }

    static void notEmpty(String name, List<String> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException(name + " is empty, which would reject every certificate; list at"
                    + " least one value or remove the key to keep the default");
        }
    }

    static int positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " is " + value + "; use a number greater than 0");
        }
        return value;
    }

    static int notNegative(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " is " + value + "; use 0 or a positive number of days");
        }
        return value;
    }

    /** Returns the OID of a named curve given by its SEC, NIST or X9.62 name. */
    static ASN1ObjectIdentifier curve(String name) {
        ASN1ObjectIdentifier oid = ECNamedCurveTable.getOID(name.trim());
        if (oid == null) {
            throw new IllegalArgumentException("unknown EC curve '" + name
                    + "'; use a SEC, NIST or X9.62 curve name such as P-256, secp384r1 or brainpoolP256r1");
        }
        return oid;
    }

    /** Returns the comparable name of a signature algorithm given by its JCA name. */
    static String signatureAlgorithm(String name) {
        try {
            return SignatureAlgorithmNames.parse(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown signature algorithm '" + name
                    + "'; use a JCA name such as SHA256withRSA, SHA256withRSAandMGF1, SHA384withECDSA or Ed25519", e);
        }
    }
}
