package io.github.smimecheck.check.rules;

import java.util.Objects;

/**
 * One result of a check: the code, the severity in force (the policy may override the default),
 * the requirement, a message naming the value found and the fix, and the id of the documented
 * exception that covers it, if any. A covered finding stays in the evidence.
 */
public record Finding(String code, Severity severity, String requirement, String message, String coveredBy) {

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(message, "message");
    }

    public static Finding of(FindingCode code, Severity severity, String message) {
        return new Finding(code.code(), severity, code.requirement(), message, null);
    }

    public static Finding of(FindingCode code, String message) {
        return of(code, code.defaultSeverity(), message);
    }

    /** Returns this finding marked as covered by the exception with the given id. */
    public Finding coveredBy(String exceptionId) {
        return new Finding(code, severity, requirement, message, exceptionId);
    }

    public boolean isCovered() {
        return coveredBy != null;
    }

    /** Returns whether this finding fails the build: an error that no exception covers. */
    public boolean failsBuild() {
        return severity.failsBuild() && !isCovered();
    }
}
