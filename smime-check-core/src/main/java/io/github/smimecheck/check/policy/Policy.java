package io.github.smimecheck.check.policy;

import io.github.smimecheck.check.classify.Category;
import io.github.smimecheck.check.classify.SmimeType;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.Severity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/**
 * The organisation's policy on top of the Baseline Requirements. {@link #defaults()} is the
 * embedded {@code default-policy.yaml}; {@link PolicyReader} lays a policy file over it, and
 * {@link #builder()} starts from it for programmatic use.
 */
public final class Policy {

    /** Severity override value that switches a finding code off. */
    public static final String OFF = "OFF";

    /** Key algorithm names a policy may allow. */
    public static final List<String> KEY_ALGORITHMS = List.of("RSA", "EC", "EdDSA");

    /** EdDSA algorithm names a policy may allow. */
    public static final List<String> EDWARDS_CURVES = List.of("Ed25519", "Ed448");

    private final Builder values;

    private Policy(Builder builder) {
        this.values = builder.copy();
    }

    /** Returns the embedded default policy. */
    public static Policy defaults() {
        return DefaultPolicy.POLICY;
    }

    /** Returns a builder that starts from the embedded default policy. */
    public static Builder builder() {
        return defaults().toBuilder();
    }

    /** Returns a builder holding this policy's values. */
    public Builder toBuilder() {
        return values.copy();
    }

    /** Allowed subject key algorithms, a subset of {@link #KEY_ALGORITHMS}. */
    public Set<String> keyAlgorithms() {
        return Set.copyOf(values.keyAlgorithms);
    }

    /** Minimum RSA modulus length in bits. */
    public int rsaMinimumBits() {
        return values.rsaMinimumBits;
    }

    /** Allowed EC curve names as configured. */
    public List<String> ecCurves() {
        return List.copyOf(values.ecCurves.keySet());
    }

    /** Returns whether an EC key on the curve with this OID is allowed. */
    public boolean allowsCurve(ASN1ObjectIdentifier curve) {
        return values.ecCurves.containsValue(curve);
    }

    /** Allowed EdDSA algorithms, a subset of {@link #EDWARDS_CURVES}. */
    public List<String> edwardsCurves() {
        return List.copyOf(values.edwardsCurves);
    }

    /** Allowed signature algorithms as configured. */
    public List<String> signatureAlgorithms() {
        return List.copyOf(values.signatureAlgorithms.keySet());
    }

    /** Returns whether a signature algorithm, named by {@link SignatureAlgorithmNames}, is allowed. */
    public boolean allowsSignature(String comparableName) {
        return values.signatureAlgorithms.containsValue(comparableName);
    }

    /** Maximum validity period in days, notBefore to notAfter inclusive. */
    public int maxValidityDays() {
        return values.maxValidityDays;
    }

    /** Days before notAfter from which an expiring certificate is a warning. */
    public int expiryWarningDays() {
        return values.expiryWarningDays;
    }

    /** Days before notAfter from which an expiring certificate fails the build. */
    public int expiryFailureDays() {
        return values.expiryFailureDays;
    }

    /** Certificate categories whose validity dates are checked. */
    public Set<Category> expiryCategories() {
        return Set.copyOf(values.expiryCategories);
    }

    /** Approved issuing CAs; empty means every issuer is accepted. */
    public List<ApprovedIssuer> approvedIssuers() {
        return List.copyOf(values.approvedIssuers);
    }

    /** Returns whether content that cannot be read or verified fails the build (fail closed). */
    public boolean failOnUnreadable() {
        return values.failOnUnreadable;
    }

    /** Maximum days from an exception's approved date to its expires date. */
    public int maxExceptionDays() {
        return values.maxExceptionDays;
    }

    /** Returns whether an exception that covers no finding fails the build. */
    public boolean failOnUnusedExceptions() {
        return values.failOnUnusedExceptions;
    }

    /** Private policy OIDs the organisation maps to a Baseline Requirements type. */
    public Map<String, SmimeType> privatePolicyOids() {
        return Map.copyOf(values.privatePolicyOids);
    }

    /** Severity overrides by finding code: ERROR, WARNING, INFO or OFF. */
    public Map<String, String> severityOverrides() {
        return Map.copyOf(values.severityOverrides);
    }

    /** Returns the severity in force for a code, or empty when the policy switches the code off. */
    public Optional<Severity> severityFor(FindingCode code) {
        return severityFor(code.code(), code.defaultSeverity());
    }

    /** Revocation checking of S/MIME certificates; off by default, so a scan sends no request. */
    public RevocationSettings revocation() {
        return values.revocation;
    }

    /**
     * Returns the severity in force for a code with the given default, or empty when switched off.
     * An entry in the {@code severity} map wins; without one, a setting that decides a code's
     * severity (such as {@code revocation.failWhenUnknown}) replaces the code's default.
     */
    public Optional<Severity> severityFor(String code, Severity defaultSeverity) {
        String override = values.severityOverrides.get(code);
        if (override == null) {
            return Optional.of(values.revocation.defaultSeverity(code).orElse(defaultSeverity));
        }
        if (OFF.equals(override)) {
            return Optional.empty();
        }
        return Optional.of(Severity.valueOf(override));
    }

    /** Returns the complete policy as YAML, the form printed in the evidence. */
    public String effectiveYaml() {
        return EffectivePolicy.yaml(this);
    }

    /**
     * Mutable builder. Every setter checks its value and throws {@link IllegalArgumentException}
     * with a message that names the value and the allowed ones.
     */
    public static final class Builder {
        private final Set<String> keyAlgorithms = new LinkedHashSet<>();
        private int rsaMinimumBits;
        private final Map<String, ASN1ObjectIdentifier> ecCurves = new LinkedHashMap<>();
        private final List<String> edwardsCurves = new ArrayList<>();
        private final Map<String, String> signatureAlgorithms = new LinkedHashMap<>();
        private int maxValidityDays;
        private int expiryWarningDays;
        private int expiryFailureDays;
        private final Set<Category> expiryCategories = EnumSet.noneOf(Category.class);
        private final List<ApprovedIssuer> approvedIssuers = new ArrayList<>();
        private boolean failOnUnreadable = true;
        private int maxExceptionDays;
        private boolean failOnUnusedExceptions;
        private final Map<String, SmimeType> privatePolicyOids = new LinkedHashMap<>();
        private final Map<String, String> severityOverrides = new LinkedHashMap<>();
        private RevocationSettings revocation = RevocationSettings.off();

        Builder() {
        }

        /** Replaces the allowed key algorithms; each is one of {@link #KEY_ALGORITHMS}, case-insensitive. */
        public Builder keyAlgorithms(List<String> names) {
            SettingChecks.notEmpty("keys.algorithms", names);
            keyAlgorithms.clear();
            for (String name : names) {
                keyAlgorithms.add(SettingChecks.oneOf("key algorithm", name, KEY_ALGORITHMS));
            }
            return this;
        }

        public Builder rsaMinimumBits(int bits) {
            this.rsaMinimumBits = SettingChecks.positive("rsaMinimumBits", bits);
            return this;
        }

        /** Replaces the allowed EC curves, by SEC, NIST or X9.62 name (secp256r1, P-256, prime256v1). */
        public Builder ecCurves(List<String> names) {
            ecCurves.clear();
            for (String name : names) {
                ecCurves.put(name.trim(), SettingChecks.curve(name));
            }
            return this;
        }

        /** Replaces the allowed EdDSA algorithms; each is one of {@link #EDWARDS_CURVES}, case-insensitive. */
        public Builder edwardsCurves(List<String> names) {
            edwardsCurves.clear();
            for (String name : names) {
                edwardsCurves.add(SettingChecks.oneOf("EdDSA algorithm", name, EDWARDS_CURVES));
            }
            return this;
        }

        /** Replaces the allowed signature algorithms, by JCA name such as SHA256withRSA or SHA256withRSAandMGF1. */
        public Builder signatureAlgorithms(List<String> names) {
            SettingChecks.notEmpty("signatureAlgorithms", names);
            signatureAlgorithms.clear();
            for (String name : names) {
                signatureAlgorithms.put(name.trim(), SettingChecks.signatureAlgorithm(name));
            }
            return this;
        }

        public Builder maxValidityDays(int days) {
            this.maxValidityDays = SettingChecks.positive("maxValidityDays", days);
            return this;
        }

        public Builder expiryWarningDays(int days) {
            this.expiryWarningDays = SettingChecks.notNegative("expiry.warningDays", days);
            return this;
        }

        public Builder expiryFailureDays(int days) {
            this.expiryFailureDays = SettingChecks.notNegative("expiry.failureDays", days);
            return this;
        }

        /** Replaces the categories checked for expiry: SMIME, CA, TLS_SERVER, OTHER. */
        public Builder expiryCategories(List<String> names) {
            expiryCategories.clear();
            List<String> allowed = EnumSet.allOf(Category.class).stream().map(Enum::name).toList();
            for (String name : names) {
                expiryCategories.add(Category.valueOf(SettingChecks.oneOf("certificate category", name, allowed)));
            }
            return this;
        }

        public Builder approvedIssuers(List<ApprovedIssuer> issuers) {
            approvedIssuers.clear();
            approvedIssuers.addAll(issuers);
            return this;
        }

        public Builder failOnUnreadable(boolean fail) {
            this.failOnUnreadable = fail;
            return this;
        }

        public Builder maxExceptionDays(int days) {
            this.maxExceptionDays = SettingChecks.positive("exceptions.maxDays", days);
            return this;
        }

        public Builder failOnUnusedExceptions(boolean fail) {
            this.failOnUnusedExceptions = fail;
            return this;
        }

        public Builder mapPolicyOid(String oid, SmimeType type) {
            privatePolicyOids.put(oid, type);
            return this;
        }

        /** Sets the severity of a finding code: ERROR, WARNING, INFO or OFF. The code is checked by {@link PolicyReader}. */
        public Builder severity(String code, String severity) {
            String normalized = severity.trim().toUpperCase(Locale.ROOT);
            List<String> allowed = List.of("ERROR", "WARNING", "INFO", OFF);
            severityOverrides.put(code, SettingChecks.oneOf("severity", normalized, allowed));
            return this;
        }

        public Builder revocation(RevocationSettings settings) {
            this.revocation = java.util.Objects.requireNonNull(settings, "revocation");
            return this;
        }

        public Policy build() {
            if (expiryFailureDays > expiryWarningDays) {
                throw new IllegalArgumentException("expiry.failureDays (" + expiryFailureDays
                        + ") is larger than expiry.warningDays (" + expiryWarningDays
                        + "); the warning window must start before the failure window");
            }
            return new Policy(this);
        }

        private Builder copy() {
            Builder copy = new Builder();
            copy.keyAlgorithms.addAll(keyAlgorithms);
            copy.rsaMinimumBits = rsaMinimumBits;
            copy.ecCurves.putAll(ecCurves);
            copy.edwardsCurves.addAll(edwardsCurves);
            copy.signatureAlgorithms.putAll(signatureAlgorithms);
            copy.maxValidityDays = maxValidityDays;
            copy.expiryWarningDays = expiryWarningDays;
            copy.expiryFailureDays = expiryFailureDays;
            copy.expiryCategories.addAll(expiryCategories);
            copy.approvedIssuers.addAll(approvedIssuers);
            copy.failOnUnreadable = failOnUnreadable;
            copy.maxExceptionDays = maxExceptionDays;
            copy.failOnUnusedExceptions = failOnUnusedExceptions;
            copy.privatePolicyOids.putAll(privatePolicyOids);
            copy.severityOverrides.putAll(severityOverrides);
            copy.revocation = revocation;
            return copy;
        }
    }
}
