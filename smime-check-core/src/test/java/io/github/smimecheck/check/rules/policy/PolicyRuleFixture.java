package io.github.smimecheck.check.rules.policy;

import io.github.smimecheck.check.classify.Classifier;
import io.github.smimecheck.check.inventory.IssuerIndex;
import io.github.smimecheck.check.policy.Policy;
import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.rules.RuleRunner;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;

/** Runs one rule through the real runner, so severities and the declared-code check apply as in a scan. */
final class PolicyRuleFixture {

    static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");

    private PolicyRuleFixture() {
    }

    static List<Finding> check(Rule rule, X509CertificateHolder certificate, Policy policy, Instant asOf) {
        return check(rule, certificate, policy, asOf, IssuerIndex.empty());
    }

    /** Runs the rule with {@code issuers} as the other certificates of the scan. */
    static List<Finding> check(Rule rule, X509CertificateHolder certificate, Policy policy, IssuerIndex issuers) {
        return check(rule, certificate, policy, AS_OF, issuers);
    }

    private static List<Finding> check(Rule rule, X509CertificateHolder certificate, Policy policy, Instant asOf,
            IssuerIndex issuers) {
        CertificateUnderTest underTest = new CertificateUnderTest(certificate,
                new Classifier(policy.privatePolicyOids()).classify(certificate), policy, asOf, issuers);
        return new RuleRunner(List.of(rule)).check(underTest);
    }

    static List<Finding> check(Rule rule, X509CertificateHolder certificate, Policy policy) {
        return check(rule, certificate, policy, AS_OF);
    }
}
