package io.github.smimecheck.check.rules.br;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.testing.TestCertificates;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.junit.jupiter.api.Test;

class SubjectKeyIdentifierRuleTest extends RuleContractTest {

    @Override
    Rule rule() {
        return new SubjectKeyIdentifierRule();
    }

    @Test
    void warnsWhenMissing() {
        TestCertificates certificate = TestCertificates.smime().withoutExtension(Extension.subjectKeyIdentifier);

        assertThat(RuleHarness.codes(rule(), certificate, "MAILBOX/STRICT")).containsExactly("smbr.ski.missing");
    }

    @Test
    void rejectsCritical() {
        TestCertificates certificate = TestCertificates.smime().extension(Extension.subjectKeyIdentifier, true,
                new SubjectKeyIdentifier(new byte[20]));

        assertThat(RuleHarness.codes(rule(), certificate, "MAILBOX/STRICT")).containsExactly("smbr.ski.critical");
    }
}
