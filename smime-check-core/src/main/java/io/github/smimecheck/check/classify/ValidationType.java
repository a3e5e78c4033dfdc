package io.github.smimecheck.check.classify;

/**
 * The S/MIME Baseline Requirements validation type, the {@code x} of the reserved policy OID
 * {@code 2.23.140.1.5.x.y}.
 */
public enum ValidationType {
    MAILBOX(1),
    ORGANIZATION(2),
    SPONSORED(3),
    INDIVIDUAL(4);

    private final int oidArc;

    ValidationType(int oidArc) {
        this.oidArc = oidArc;
    }

    public int oidArc() {
        return oidArc;
    }

    public static ValidationType fromOidArc(int arc) {
        for (ValidationType type : values()) {
            if (type.oidArc == arc) {
                return type;
            }
        }
        throw new IllegalArgumentException("no S/MIME validation type has OID arc " + arc + "; expected 1 to 4");
    }
}
