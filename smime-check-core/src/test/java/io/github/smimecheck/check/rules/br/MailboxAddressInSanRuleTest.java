package io.github.smimecheck.check.rules.br;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.testing.TestCertificates;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.junit.jupiter.api.Test;

class MailboxAddressInSanRuleTest extends RuleContractTest {

    @Override
    Rule rule() {
        return new MailboxAddressInSanRule();
    }

    @Test
    void acceptsRfc822Name() {
        assertThat(RuleHarness.codes(rule(), TestCertificates.smime().emails("alice@example.com"), "MAILBOX/STRICT"))
                .isEmpty();
    }

    @Test
    void acceptsSmtpUtf8MailboxOnly() {
        TestCertificates certificate = TestCertificates.smime().noEmails()
                .subjectAltNames(TestCertificates.smtpUtf8Mailbox("山田@example.com"));

        assertThat(RuleHarness.codes(rule(), certificate, "MAILBOX/STRICT")).isEmpty();
    }

    @Test
    void rejectsMissingSubjectAltName() {
        TestCertificates certificate = TestCertificates.smime().noEmails();

        assertThat(RuleHarness.codes(rule(), certificate, "MAILBOX/STRICT")).containsExactly("smbr.san.missing");
    }

    @Test
    void rejectsSubjectAltNameWithoutMailbox() {
        TestCertificates certificate = TestCertificates.smime().noEmails()
                .subjectAltNames(TestCertificates.directoryName(new X500Name("CN=Alice")));

        assertThat(RuleHarness.codes(rule(), certificate, "MAILBOX/STRICT"))
                .containsExactly("smbr.san.no_mailbox_address");
    }

    @Test
    void reportsUndecodableSubjectAltName() {
        TestCertificates certificate = TestCertificates.smime()
                .extension(Extension.subjectAlternativeName, false, new DERUTF8String("not GeneralNames"));

        assertThat(RuleHarness.codes(rule(), certificate, "MAILBOX/STRICT"))
                .containsExactly("smbr.certificate.undecodable_content");
    }
}
