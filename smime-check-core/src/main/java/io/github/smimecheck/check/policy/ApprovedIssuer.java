package io.github.smimecheck.check.policy;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import org.bouncycastle.asn1.x500.X500Name;

/**
 * An issuing CA the policy accepts. A subscriber certificate only carries its issuer's name and
 * the authorityKeyIdentifier, so those are what is matched: the issuer DN must equal
 * {@code subject} (compared attribute by attribute, ignoring case and extra spaces), and when
 * {@code keyIdentifier} is set, the certificate's authorityKeyIdentifier must equal it too, which
 * pins one CA key when a CA name has several keys.
 *
 * @param subject the CA's subject DN as a string, as printed in the report
 * @param keyIdentifier the CA's subject key identifier in lower-case hexadecimal, or null for any key
 */
public record ApprovedIssuer(String subject, String keyIdentifier) {

    public ApprovedIssuer {
        subject = new X500Name(subject).toString();
        keyIdentifier = keyIdentifier == null ? null : normalizeHex(keyIdentifier);
    }

    /** Returns whether a certificate with this issuer DN and authorityKeyIdentifier (may be null) came from this CA. */
    public boolean matches(X500Name issuer, byte[] authorityKeyIdentifier) {
        if (!new X500Name(subject).equals(issuer)) {
            return false;
        }
        if (keyIdentifier == null) {
            return true;
        }
        return authorityKeyIdentifier != null
                && Arrays.equals(HexFormat.of().parseHex(keyIdentifier), authorityKeyIdentifier);
    }

    /** Strips colons and spaces and lower-cases a hexadecimal string; rejects anything else. */
    static String normalizeHex(String text) {
        String hex = text.replace(":", "").replace(" ", "").toLowerCase(Locale.ROOT);
        if (hex.isEmpty() || hex.length() % 2 != 0 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException("invalid hexadecimal value '" + text
                    + "'; write the bytes in hexadecimal, optionally separated by colons, such as 3a:f1:07");
        }
        return hex;
    }
}
