package io.github.smimecheck.check.rules;

/**
 * How much a finding matters. An uncovered {@link #ERROR} fails the build; a {@link #WARNING}
 * is reported and does not; {@link #INFO} is inventory information.
 */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    public boolean failsBuild() {
        return this == ERROR;
    }
}
