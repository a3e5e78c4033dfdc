package io.github.smimecheck.check.policy;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import org.bouncycastle.asn1.x500.X500Name;

/**
 * An issuing CA the policy accepts. A subscriber certificate only carries its issuer's name and
 * the authorityKeyIdentifier, so those are matched first: the issuer DN must equal
 * {@code subject} (compared attribute by attribute, ignoring case and extra spaces), and when
 * {@code keyIdentifier} is set, the certificate's authorityKeyIdentifier must equal it too, which
 * pins one CA key when a CA name has several keys. When {@code spkiSha256} is set, the issuing CA
 * certificate must also be found and verified, and the SHA-256 of its SubjectPublicKeyInfo must
 * equal this value, which a look-alike CA with the same name and key identifier cannot fake.
 *
 * @param subject the CA's subject DN as a string, as printed in the report
 * @param keyIdentifier the CA's subject key identifier in lower-case hexadecimal, or null for any key
 * @param spkiSha256 the SHA-256 of the CA's DER SubjectPublicKeyInfo in lower-case hexadecimal, or
 *     null when the entry does not pin the CA key
 */
public record ApprovedIssuer(String subject, String keyIdentifier, String spkiSha256) {

    private static final int SHA256_HEX_DIGITS = 64;

    public ApprovedIssuer {
        subject = new X500Name(subject).toString();
        keyIdentifier = keyIdentifier == null ? null : normalizeHex(keyIdentifier);
        spkiSha256 = spkiSha256 == null ? null : normalizeSha256(spkiSha256);
    }

    /** Creates an entry matched by DN and, optionally, key identifier only. */
    public ApprovedIssuer(String subject, String keyIdentifier) {
        this(subject, keyIdentifier, null);
    }

    /** Returns whether a certificate with this issuer DN and authorityKeyIdentifier (may be null) names this CA. */
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

    /** Returns whether this entry requires the verified issuer certificate's key. */
    public boolean pinsKey() {
        return spkiSha256 != null;
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

    private static String normalizeSha256(String text) {
        String hex = normalizeHex(text);
        if (hex.length() != SHA256_HEX_DIGITS) {
            throw new IllegalArgumentException("spkiSha256 has " + hex.length() / 2 + " bytes, expected 32 (a SHA-256"
                    + " digest); compute it from the CA certificate with: openssl x509 -in ca.pem -noout -pubkey"
                    + " | openssl pkey -pubin -outform DER | openssl dgst -sha256");
        }
        return hex;
    }
}
