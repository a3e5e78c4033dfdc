package io.github.smimecheck.check.policy;

import io.github.smimecheck.check.CertificateResult;
import io.github.smimecheck.check.inventory.Location;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.bouncycastle.asn1.x500.X500Name;

/**
 * Selects certificates for an exception or an owner. Every criterion that is set must hold:
 * <ul>
 *   <li>{@code sha256}: the SHA-256 of the DER certificate, in hexadecimal;</li>
 *   <li>{@code issuer} and {@code serial} (always together): the issuer DN, compared attribute by
 *       attribute ignoring case, and the serial number in hexadecimal as the report prints it;</li>
 *   <li>{@code subject}: a Java regular expression that must match the whole subject DN as the report
 *       prints it, such as {@code CN=.*@example\.com};</li>
 *   <li>{@code location}: a glob matched against every location of the certificate and each of its
 *       leading parts, such as {@code app.war > WEB-INF/classes/mail.p12}. {@code *} and {@code ?}
 *       stop at {@code /}; {@code **} crosses it and {@code **}{@code /} also matches no folder.</li>
 * </ul>
 * A matcher with only a location can also select unreadable content at that location.
 */
public record CertificateMatcher(String sha256, String issuer, String serial, String subject, String location) {

    private static final Map<String, Pattern> SUBJECT_PATTERNS = new ConcurrentHashMap<>();
    private static final Map<String, Pattern> LOCATION_PATTERNS = new ConcurrentHashMap<>();

    public CertificateMatcher {
        sha256 = sha256 == null ? null : normalizeSha256(sha256);
        issuer = issuer == null ? null : new X500Name(issuer).toString();
        serial = serial == null ? null : new BigInteger(ApprovedIssuer.normalizeHex(serial), 16).toString(16);
        if (subject != null) {
            checkRegex(subject);
        }
        if (sha256 == null && issuer == null && serial == null && subject == null && location == null) {
            throw new IllegalArgumentException("match is empty; give sha256, issuer with serial, subject or location");
        }
        if ((issuer == null) != (serial == null)) {
            throw new IllegalArgumentException("issuer and serial identify a certificate only together; give both");
        }
    }

    /** Returns whether the certificate meets every criterion that is set. */
    public boolean matches(CertificateResult certificate) {
        if (sha256 != null && !sha256.equals(certificate.sha256())) {
            return false;
        }
        if (issuer != null && !(new X500Name(issuer).equals(certificate.certificate().getIssuer())
                && serial.equals(certificate.certificate().getSerialNumber().toString(16)))) {
            return false;
        }
        if (subject != null && !SUBJECT_PATTERNS.computeIfAbsent(subject, Pattern::compile).matcher(certificate.certificate().getSubject().toString()).matches()) {
            return false;
        }
        return location == null || certificate.locations().stream().anyMatch(this::matchesLocation);
    }

    /** Returns whether this matcher selects content by location only and the location matches. */
    public boolean matchesUnreadable(Location found) {
        boolean locationOnly = sha256 == null && issuer == null && subject == null;
        return locationOnly && location != null && matchesLocation(found);
    }

    /** Returns the criteria in one line, such as {@code sha256=3f…, location=app.war > **}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (sha256 != null) {
            parts.add("sha256=" + sha256);
        }
        if (issuer != null) {
            parts.add("issuer=" + issuer + ", serial=" + serial);
        }
        if (subject != null) {
            parts.add("subject=~" + subject);
        }
        if (location != null) {
            parts.add("location=" + location);
        }
        return String.join(", ", parts);
    }

    private boolean matchesLocation(Location found) {
        Pattern glob = LOCATION_PATTERNS.computeIfAbsent(location, CertificateMatcher::globPattern);
        List<String> prefixes = new ArrayList<>();
        prefixes.add(found.file());
        for (int i = 1; i <= found.steps().size(); i++) {
            prefixes.add(found.file() + " > " + String.join(" > ", found.steps().subList(0, i)));
        }
        return prefixes.stream().anyMatch(prefix -> glob.matcher(prefix).matches());
    }

    static Pattern globPattern(String glob) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i);
            if (glob.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 3;
            } else if (glob.startsWith("**", i)) {
                regex.append(".*");
                i += 2;
            } else if (c == '*') {
                regex.append("[^/]*");
                i++;
            } else if (c == '?') {
                regex.append("[^/]");
                i++;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return Pattern.compile(regex.toString());
    }

    private static void checkRegex(String regex) {
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("subject '" + regex + "' is not a valid regular expression ("
                    + e.getDescription() + " near index " + e.getIndex() + ")", e);
        }
    }

    private static String normalizeSha256(String text) {
        String hex = ApprovedIssuer.normalizeHex(text);
        if (hex.length() != 64) {
            throw new IllegalArgumentException("sha256 '" + text + "' has " + hex.length() / 2
                    + " bytes; a SHA-256 has 32 (64 hexadecimal digits), as printed in the report");
        }
        return hex.toLowerCase(Locale.ROOT);
    }
}
