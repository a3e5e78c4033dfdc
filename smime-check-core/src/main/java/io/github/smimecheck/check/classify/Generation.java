package io.github.smimecheck.check.classify;

/**
 * The S/MIME Baseline Requirements profile generation, the {@code y} of the reserved policy OID
 * {@code 2.23.140.1.5.x.y}.
 */
public enum Generation {
    LEGACY(1),
    MULTIPURPOSE(2),
    STRICT(3);

    private final int oidArc;

    Generation(int oidArc) {
        this.oidArc = oidArc;
    }

    public int oidArc() {
        return oidArc;
    }

    public static Generation fromOidArc(int arc) {
        for (Generation generation : values()) {
            if (generation.oidArc == arc) {
                return generation;
            }
        }
        throw new IllegalArgumentException("no S/MIME generation has OID arc " + arc + "; expected 1 to 3");
    }
}
