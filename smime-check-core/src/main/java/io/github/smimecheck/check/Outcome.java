package io.github.smimecheck.check;

/** The overall verdict of a scan. */
public enum Outcome {
    /** No finding fails the build. */
    PASS,
    /** At least one error is not covered by a valid exception. */
    FAIL
}
