package io.github.smimecheck.check.verdict;

import io.github.smimecheck.check.rules.FindingCode;
import java.util.List;

/** The findings the verdict stage reports about owners and documented exceptions. */
public final class VerdictCodes {

    private static final String OWNERS = "organisation policy: named owners";
    private static final String EXCEPTIONS = "organisation policy: documented exceptions";

    public static final FindingCode OWNER_MISSING = FindingCode.warning("policy.owner.missing", OWNERS,
            "No owners-file entry names an accountable owner for this S/MIME certificate.");
    public static final FindingCode OWNER_AMBIGUOUS = FindingCode.error("policy.owner.ambiguous", OWNERS,
            "Two or more owners-file entries match the certificate with different accountable owners.");
    public static final FindingCode EXCEPTION_EXPIRED = FindingCode.error("policy.exception.expired", EXCEPTIONS,
            "The exception's expires date has passed; it covers nothing.");
    public static final FindingCode EXCEPTION_EXPIRING = FindingCode.warning("policy.exception.expiring", EXCEPTIONS,
            "The exception expires within the policy's expiry warning window.");
    public static final FindingCode EXCEPTION_UNUSED = FindingCode.info("policy.exception.unused", EXCEPTIONS,
            "The exception covered no finding; with exceptions.failOnUnused it fails the build.");
    public static final FindingCode EXCEPTION_NOT_IN_FORCE = FindingCode.warning("policy.exception.not_in_force",
            EXCEPTIONS, "The exception's approved date is after the as-of date; it covers nothing yet.");

    /** Every code above, for the registry. */
    public static final List<FindingCode> ALL = List.of(OWNER_MISSING, OWNER_AMBIGUOUS, EXCEPTION_EXPIRED,
            EXCEPTION_EXPIRING, EXCEPTION_UNUSED, EXCEPTION_NOT_IN_FORCE);

    /** Prefix of the codes about exceptions themselves, which no exception can cover. */
    public static final String EXCEPTION_PREFIX = "policy.exception.";

    private VerdictCodes() {
    }
}
