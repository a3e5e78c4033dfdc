package io.github.smimecheck.check.rules.br;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.testing.TestCertificates;
import org.junit.jupiter.api.Test;

class SmimeTypeKnownRuleTest extends RuleContractTest {

    @Override
    Rule rule() {
        return new SmimeTypeKnownRule();
    }

    @Test
    void reportsCertificateWithoutType() {
        assertThat(RuleHarness.codes(rule(), TestCertificates.smime().noPolicies().build(), null))
                .containsExactly("smbr.policy.type_unknown");
    }
}
