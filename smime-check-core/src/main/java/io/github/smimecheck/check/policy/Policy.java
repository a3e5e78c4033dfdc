package io.github.smimecheck.check.policy;

import io.github.smimecheck.check.classify.SmimeType;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.Severity;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The organisation's policy on top of the Baseline Requirements. Build one with {@link #builder()};
 * {@link #defaults()} is the embedded default policy.
 */
public final class Policy {

    /** Severity override value that switches a finding code off. */
    public static final String OFF = "OFF";

    private final int expiryWarningDays;
    private final int expiryFailureDays;
    private final boolean failOnUnreadable;
    private final Map<String, SmimeType> privatePolicyOids;
    private final Map<String, String> severityOverrides;

    private Policy(Builder builder) {
        this.expiryWarningDays = builder.expiryWarningDays;
        this.expiryFailureDays = builder.expiryFailureDays;
        this.failOnUnreadable = builder.failOnUnreadable;
        this.privatePolicyOids = Map.copyOf(builder.privatePolicyOids);
        this.severityOverrides = Map.copyOf(builder.severityOverrides);
    }

    public static Policy defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Days before notAfter from which an expiring certificate is a warning. */
    public int expiryWarningDays() {
        return expiryWarningDays;
    }

    /** Days before notAfter from which an expiring certificate fails the build. */
    public int expiryFailureDays() {
        return expiryFailureDays;
    }

    /** Whether content that cannot be read or verified fails the build (fail closed). */
    public boolean failOnUnreadable() {
        return failOnUnreadable;
    }

    /** Private policy OIDs the organisation maps to a Baseline Requirements type. */
    public Map<String, SmimeType> privatePolicyOids() {
        return privatePolicyOids;
    }

    public Map<String, String> severityOverrides() {
        return severityOverrides;
    }

    /** Returns the severity in force for a code, or empty when the policy switches the code off. */
    public Optional<Severity> severityFor(FindingCode code) {
        String override = severityOverrides.get(code.code());
        if (override == null) {
            return Optional.of(code.defaultSeverity());
        }
        if (OFF.equals(override)) {
            return Optional.empty();
        }
        return Optional.of(Severity.valueOf(override));
    }

    /** Mutable builder; every value starts at the embedded default. */
    public static final class Builder {
        private int expiryWarningDays = 60;
        private int expiryFailureDays = 14;
        private boolean failOnUnreadable = true;
        private final Map<String, SmimeType> privatePolicyOids = new LinkedHashMap<>();
        private final Map<String, String> severityOverrides = new LinkedHashMap<>();

        public Builder expiryWarningDays(int days) {
            this.expiryWarningDays = days;
            return this;
        }

        public Builder expiryFailureDays(int days) {
            this.expiryFailureDays = days;
            return this;
        }

        public Builder failOnUnreadable(boolean fail) {
            this.failOnUnreadable = fail;
            return this;
        }

        public Builder mapPolicyOid(String oid, SmimeType type) {
            privatePolicyOids.put(oid, type);
            return this;
        }

        /** Sets the severity of a finding code: ERROR, WARNING, INFO or OFF. */
        public Builder severity(String code, String severity) {
            String normalized = severity.trim().toUpperCase(Locale.ROOT);
            if (!OFF.equals(normalized)) {
                Severity.valueOf(normalized);
            }
            severityOverrides.put(code, normalized);
            return this;
        }

        public Policy build() {
            return new Policy(this);
        }
    }
}
