package io.github.smimecheck.check.rules.br.name;

import io.github.smimecheck.check.classify.Category;
import io.github.smimecheck.check.classify.Classification;
import io.github.smimecheck.check.classify.Classifier;
import io.github.smimecheck.check.classify.SmimeType;
import io.github.smimecheck.check.policy.Policy;
import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.rules.RuleRunner;
import io.github.smimecheck.check.testing.TestCertificates;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bouncycastle.cert.X509CertificateHolder;

/** Runs name rules on test certificates the way the scanner does, through the rule runner. */
final class RuleCheck {

    static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");

    private RuleCheck() {
    }

    /** Returns the findings of one rule on a certificate classified as the scanner would. */
    static List<Finding> findings(Rule rule, TestCertificates certificate) {
        X509CertificateHolder holder = certificate.build();
        Classification classification = new Classifier(Map.of()).classify(holder);
        return run(List.of(rule), holder, classification);
    }

    static List<String> codes(Rule rule, TestCertificates certificate) {
        return findings(rule, certificate).stream().map(Finding::code).toList();
    }

    /** Returns the findings of the rules on a certificate checked as the given S/MIME type. */
    static List<Finding> findingsAs(List<Rule> rules, X509CertificateHolder holder, SmimeType type) {
        return run(rules, holder, new Classification(Category.SMIME, type, "given by the test"));
    }

    private static List<Finding> run(List<Rule> rules, X509CertificateHolder holder, Classification classification) {
        CertificateUnderTest certificate = new CertificateUnderTest(holder, classification, Policy.defaults(), AS_OF);
        return new RuleRunner(rules).check(certificate);
    }
}
