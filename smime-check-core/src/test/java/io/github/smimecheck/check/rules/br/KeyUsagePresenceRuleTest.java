package io.github.smimecheck.check.rules.br;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.testing.TestCertificates;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;

class KeyUsagePresenceRuleTest extends RuleContractTest {

    @Override
    Rule rule() {
        return new KeyUsagePresenceRule();
    }

    @Test
    void reportsMissing() {
        assertThat(RuleHarness.codes(rule(), TestCertificates.smime().keyUsage(null), "MAILBOX/STRICT"))
                .containsExactly("smbr.key_usage.missing");
    }

    @Test
    void warnsWhenNotCritical() {
        TestCertificates certificate = TestCertificates.smime().extension(Extension.keyUsage, false,
                new KeyUsage(KeyUsage.digitalSignature));

        assertThat(RuleHarness.codes(rule(), certificate, "MAILBOX/STRICT")).containsExactly("smbr.key_usage.not_critical");
    }
}
