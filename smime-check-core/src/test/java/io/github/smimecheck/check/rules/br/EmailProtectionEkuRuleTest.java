package io.github.smimecheck.check.rules.br;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.testing.TestCertificates;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.junit.jupiter.api.Test;

class EmailProtectionEkuRuleTest extends RuleContractTest {

    @Override
    Rule rule() {
        return new EmailProtectionEkuRule();
    }

    @Test
    void reportsMissingExtension() {
        assertThat(RuleHarness.codes(rule(), TestCertificates.smime().noExtendedKeyUsage(), "MAILBOX/STRICT"))
                .containsExactly("smbr.eku.missing");
    }

    @Test
    void reportsMissingEmailProtection() {
        TestCertificates certificate = TestCertificates.smime().extendedKeyUsage(KeyPurposeId.id_kp_clientAuth);

        assertThat(RuleHarness.codes(rule(), certificate, "MAILBOX/MULTIPURPOSE"))
                .containsExactly("smbr.eku.email_protection_missing");
    }
}
