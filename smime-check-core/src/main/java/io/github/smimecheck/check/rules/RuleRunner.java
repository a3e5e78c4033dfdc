package io.github.smimecheck.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs every applicable rule on one certificate, applies the policy's severity to each reported
 * code and turns a rule that throws into a finding for that certificate and rule, so every other
 * rule still runs.
 */
public final class RuleRunner {

    /** Reported when a rule throws on a certificate instead of returning findings. */
    public static final FindingCode RULE_FAILED = FindingCode.error("scan.rule.failed", "smime-check",
            "A rule could not evaluate the certificate; the certificate is treated as failing that rule.");

    private final List<Rule> rules;

    public RuleRunner(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Finding> check(CertificateUnderTest certificate) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            runOne(rule, certificate, findings);
        }
        return findings;
    }

    private static void runOne(Rule rule, CertificateUnderTest certificate, List<Finding> findings) {
        FindingSink sink = (code, message) -> {
            if (!rule.codes().contains(code)) {
                throw new IllegalStateException(rule.getClass().getSimpleName()
                        + " reported undeclared code " + code.code());
            }
            Optional<Severity> severity = certificate.policy().severityFor(code);
            severity.ifPresent(value -> findings.add(Finding.of(code, value, message)));
        };
        try {
            if (rule.appliesTo(certificate)) {
                rule.check(certificate, sink);
            }
        } catch (RuntimeException e) {
            String message = rule.getClass().getSimpleName() + " failed on this certificate: " + e
                    + ". Check that the certificate is well-formed DER; report the certificate to the smime-check"
                    + " maintainers if it is.";
            certificate.policy().severityFor(RULE_FAILED)
                    .ifPresent(value -> findings.add(Finding.of(RULE_FAILED, value, message)));
        }
    }
}
