package io.github.smimecheck.check.policy;

import java.util.List;
import java.util.Map;

/**
 * The policy file as written, bound strictly from YAML. Every field may be absent (null): an
 * absent field keeps the value of the embedded default policy, see {@link #over(PolicyDocument)}.
 */
record PolicyDocument(
        Keys keys,
        List<String> signatureAlgorithms,
        Integer maxValidityDays,
        Expiry expiry,
        List<ApprovedIssuerEntry> approvedIssuers,
        Map<String, String> severity,
        Map<String, String> privatePolicyOids,
        Boolean failOnUnreadable,
        Exceptions exceptions,
        Revocation revocation) {

    /** Allowed subject key algorithms and their minimum strength. */
    record Keys(List<String> algorithms, Integer rsaMinimumBits, List<String> ecCurves, List<String> edwardsCurves) {

        Keys over(Keys base) {
            if (base == null) {
                return this;
            }
            return new Keys(pick(algorithms, base.algorithms), pick(rsaMinimumBits, base.rsaMinimumBits),
                    pick(ecCurves, base.ecCurves), pick(edwardsCurves, base.edwardsCurves));
        }
    }

    /** Expiry windows before notAfter and the certificate categories they apply to. */
    record Expiry(Integer warningDays, Integer failureDays, List<String> categories) {

        Expiry over(Expiry base) {
            if (base == null) {
                return this;
            }
            return new Expiry(pick(warningDays, base.warningDays), pick(failureDays, base.failureDays),
                    pick(categories, base.categories));
        }
    }

    /**
     * One approved issuing CA: its subject DN and, optionally, its subject key identifier and the
     * SHA-256 of its SubjectPublicKeyInfo, both in hexadecimal.
     */
    record ApprovedIssuerEntry(String subject, String keyIdentifier, String spkiSha256) {
    }

    /** Limits on documented exceptions. */
    record Exceptions(Integer maxDays, Boolean failOnUnused) {

        Exceptions over(Exceptions base) {
            if (base == null) {
                return this;
            }
            return new Exceptions(pick(maxDays, base.maxDays), pick(failOnUnused, base.failOnUnused));
        }
    }

    /** Revocation checking: the source ({@code check}), the request timeout and whether unknown fails. */
    record Revocation(String check, Integer timeoutSeconds, Boolean failWhenUnknown) {

        Revocation over(Revocation base) {
            if (base == null) {
                return this;
            }
            return new Revocation(pick(check, base.check), pick(timeoutSeconds, base.timeoutSeconds),
                    pick(failWhenUnknown, base.failWhenUnknown));
        }
    }

    /**
     * Returns this document laid over {@code base}: each key given here replaces the base value,
     * nested sections are merged key by key, and lists and maps are replaced as a whole.
     */
    PolicyDocument over(PolicyDocument base) {
        return new PolicyDocument(
                keys == null ? base.keys : keys.over(base.keys),
                pick(signatureAlgorithms, base.signatureAlgorithms),
                pick(maxValidityDays, base.maxValidityDays),
                expiry == null ? base.expiry : expiry.over(base.expiry),
                pick(approvedIssuers, base.approvedIssuers),
                pick(severity, base.severity),
                pick(privatePolicyOids, base.privatePolicyOids),
                pick(failOnUnreadable, base.failOnUnreadable),
                exceptions == null ? base.exceptions : exceptions.over(base.exceptions),
                revocation == null ? base.revocation : revocation.over(base.revocation));
    }

    private static <T> T pick(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
