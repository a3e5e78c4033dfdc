package io.github.smimecheck.check.policy;

import io.github.smimecheck.check.rules.Severity;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The policy's {@code revocation} section: whether and how the revocation status of S/MIME
 * certificates is fetched, how long one request may take, and whether a status that cannot be
 * established fails the build.
 *
 * @param mode where the status comes from; {@link Mode#OFF} sends no request at all
 * @param timeout connect and response timeout of each request
 * @param failWhenUnknown whether an unreachable or unverifiable status is an ERROR (true) or a WARNING
 */
public record RevocationSettings(Mode mode, Duration timeout, boolean failWhenUnknown) {

    /** Finding code of a status that could not be established; its default severity follows {@link #failWhenUnknown}. */
    public static final String UNKNOWN_CODE = "policy.revocation.unknown";

    /** The revocation sources a policy can choose, by their name in the policy file. */
    public enum Mode {
        OFF("off"), CRL("crl"), OCSP("ocsp"), CRL_THEN_OCSP("crl-then-ocsp");

        private final String policyName;

        Mode(String policyName) {
            this.policyName = policyName;
        }

        public String policyName() {
            return policyName;
        }

        /** Returns the mode with this policy-file name, case-insensitive. */
        static Mode parse(String name) {
            List<String> allowed = Arrays.stream(values()).map(Mode::policyName).toList();
            String known = SettingChecks.oneOf("revocation check", name, allowed);
            return values()[allowed.indexOf(known)];
        }
    }

    public RevocationSettings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("revocation.timeoutSeconds must be positive, got "
                    + timeout.toSeconds() + "; give the seconds one CRL or OCSP request may take, such as 10");
        }
    }

    /** Returns settings that check nothing, the embedded default. */
    public static RevocationSettings off() {
        return new RevocationSettings(Mode.OFF, Duration.ofSeconds(10), true);
    }

    public boolean enabled() {
        return mode != Mode.OFF;
    }

    /**
     * Returns the default severity these settings give a finding code, or empty when they leave the
     * code's own default: {@link #UNKNOWN_CODE} is a WARNING when {@link #failWhenUnknown} is false.
     */
    Optional<Severity> defaultSeverity(String code) {
        if (UNKNOWN_CODE.equals(code) && !failWhenUnknown) {
            return Optional.of(Severity.WARNING);
        }
        return Optional.empty();
    }
}
