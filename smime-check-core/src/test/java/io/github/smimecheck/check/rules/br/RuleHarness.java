package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.classify.Category;
import io.github.smimecheck.check.classify.Classification;
import io.github.smimecheck.check.classify.Generation;
import io.github.smimecheck.check.classify.SmimeType;
import io.github.smimecheck.check.classify.ValidationType;
import io.github.smimecheck.check.policy.Policy;
import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.testing.TestCertificates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;

/** Runs one rule on one certificate linted as a given S/MIME type and collects the reported codes. */
final class RuleHarness {

    static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");

    private RuleHarness() {
    }

    static List<SmimeType> allTypes() {
        List<SmimeType> types = new ArrayList<>();
        for (ValidationType validationType : ValidationType.values()) {
            for (Generation generation : Generation.values()) {
                types.add(new SmimeType(validationType, generation));
            }
        }
        return types;
    }

    /**
     * Returns a builder for a clean certificate of the type: the default test certificate with the
     * type's policy OID, issued in 2025 before the legacy sunset when the type is legacy.
     */
    static TestCertificates clean(SmimeType type) {
        TestCertificates builder = TestCertificates.smime().policies(type.policyOid());
        if (type.generation() == Generation.LEGACY) {
            Instant notBefore = Instant.parse("2025-01-01T00:00:00Z");
            builder.validity(notBefore, notBefore.plusSeconds(365L * 86_400 - 1));
        }
        return builder;
    }

    static SmimeType type(String text) {
        return SmimeType.parse(text);
    }

    static CertificateUnderTest underTest(X509CertificateHolder certificate, SmimeType type) {
        Classification classification = new Classification(Category.SMIME, type, type == null ? "" : "test");
        return new CertificateUnderTest(certificate, classification, Policy.defaults(), AS_OF);
    }

    /**
     * Returns the codes the rule reports and fails when it reports a code it did not declare. The
     * rule is called directly, so an exception reaches the test.
     */
    static List<String> codes(Rule rule, X509CertificateHolder certificate, SmimeType type) {
        List<String> codes = new ArrayList<>();
        List<FindingCode> declared = rule.codes();
        rule.check(underTest(certificate, type), (code, message) -> {
            if (!declared.contains(code)) {
                throw new AssertionError(rule.getClass().getSimpleName() + " reported undeclared code " + code.code());
            }
            codes.add(code.code());
        });
        return codes;
    }

    /** Builds the certificate and returns the codes the rule reports when it is linted as the type. */
    static List<String> codes(Rule rule, TestCertificates certificate, String type) {
        return codes(rule, certificate.build(), type(type));
    }

    /** Returns the messages the rule reports, for assertions on their wording. */
    static List<String> messages(Rule rule, X509CertificateHolder certificate, SmimeType type) {
        List<String> messages = new ArrayList<>();
        rule.check(underTest(certificate, type), (code, message) -> messages.add(message));
        return messages;
    }
}
