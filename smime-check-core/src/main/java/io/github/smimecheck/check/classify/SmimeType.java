package io.github.smimecheck.check.classify;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One of the twelve S/MIME certificate types: a validation type and a generation. */
public record SmimeType(ValidationType validationType, Generation generation) {

    /** Prefix of the reserved S/MIME Baseline Requirements policy OIDs. */
    public static final String RESERVED_OID_PREFIX = "2.23.140.1.5.";

    private static final Pattern RESERVED_OID = Pattern.compile("2\\.23\\.140\\.1\\.5\\.([1-4])\\.([1-3])");

    public SmimeType {
        Objects.requireNonNull(validationType, "validationType");
        Objects.requireNonNull(generation, "generation");
    }

    /** Returns the reserved policy OID of this type, for example {@code 2.23.140.1.5.1.3}. */
    public String policyOid() {
        return RESERVED_OID_PREFIX + validationType.oidArc() + "." + generation.oidArc();
    }

    /** Returns the type named by a reserved policy OID, or {@code null} when the OID is not one. */
    public static SmimeType fromPolicyOid(String oid) {
        Matcher matcher = RESERVED_OID.matcher(oid);
        if (!matcher.matches()) {
            return null;
        }
        return new SmimeType(
                ValidationType.fromOidArc(Integer.parseInt(matcher.group(1))),
                Generation.fromOidArc(Integer.parseInt(matcher.group(2))));
    }

    /** Parses the configuration form {@code MAILBOX/STRICT} (case-insensitive). */
    public static SmimeType parse(String text) {
        String[] parts = text.trim().toUpperCase(java.util.Locale.ROOT).split("[/ _-]+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("invalid S/MIME type '" + text
                    + "'; expected VALIDATION/GENERATION such as MAILBOX/STRICT");
        }
        return new SmimeType(ValidationType.valueOf(parts[0]), Generation.valueOf(parts[1]));
    }

    @Override
    public String toString() {
        return validationType + "/" + generation;
    }
}
