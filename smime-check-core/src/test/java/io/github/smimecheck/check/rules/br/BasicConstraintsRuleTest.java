package io.github.smimecheck.check.rules.br;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.testing.TestCertificates;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.junit.jupiter.api.Test;

class BasicConstraintsRuleTest extends RuleContractTest {

    @Override
    Rule rule() {
        return new BasicConstraintsRule();
    }

    @Test
    void acceptsEndEntityConstraints() {
        TestCertificates certificate = TestCertificates.smime().extension(Extension.basicConstraints, true,
                new BasicConstraints(false));

        assertThat(RuleHarness.codes(rule(), certificate, "MAILBOX/STRICT")).isEmpty();
    }

    @Test
    void rejectsCaTrue() {
        TestCertificates certificate = TestCertificates.smime().extension(Extension.basicConstraints, true,
                new BasicConstraints(true));

        assertThat(RuleHarness.codes(rule(), certificate, "MAILBOX/STRICT")).containsExactly("smbr.basic_constraints.ca_true");
    }

    @Test
    void rejectsPathLengthWithoutCa() {
        TestCertificates certificate = TestCertificates.smime().extension(Extension.basicConstraints, true,
                new DERSequence(new ASN1Integer(0)));

        assertThat(RuleHarness.codes(rule(), certificate, "MAILBOX/STRICT"))
                .containsExactly("smbr.basic_constraints.path_len_present");
    }
}
