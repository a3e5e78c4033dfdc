package io.github.smimecheck.check.rules.br;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.testing.TestCertificates;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmimeCapabilitiesRuleTest extends RuleContractTest {

    @Override
    Rule rule() {
        return new SmimeCapabilitiesRule();
    }

    @ParameterizedTest(name = "critical={0}")
    @CsvSource({"false, ''", "true, smbr.smime_capabilities.critical"})
    void checksCriticality(boolean critical, String expected) {
        DERSequence capabilities = new DERSequence(new DERSequence(NISTObjectIdentifiers.id_aes256_GCM));
        TestCertificates certificate = TestCertificates.smime().extension(
                PKCSObjectIdentifiers.pkcs_9_at_smimeCapabilities, critical, capabilities);

        assertThat(String.join(",", RuleHarness.codes(rule(), certificate, "MAILBOX/STRICT"))).isEqualTo(expected);
    }
}
