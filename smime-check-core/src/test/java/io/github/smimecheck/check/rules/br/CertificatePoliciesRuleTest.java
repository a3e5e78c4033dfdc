package io.github.smimecheck.check.rules.br;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.testing.TestCertificates;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.junit.jupiter.api.Test;

class CertificatePoliciesRuleTest extends RuleContractTest {

    @Override
    Rule rule() {
        return new CertificatePoliciesRule();
    }

    @Test
    void reportsMissingExtension() {
        assertThat(RuleHarness.codes(rule(), TestCertificates.smime().noPolicies(), "MAILBOX/STRICT"))
                .containsExactly("smbr.policy.extension_missing");
    }

    @Test
    void warnsOnCriticalExtension() {
        CertificatePolicies policies = new CertificatePolicies(new PolicyInformation(
                new ASN1ObjectIdentifier(TestCertificates.STRICT_MAILBOX_OID)));
        TestCertificates certificate = TestCertificates.smime().extension(Extension.certificatePolicies, true, policies);

        assertThat(RuleHarness.codes(rule(), certificate, "MAILBOX/STRICT"))
                .containsExactly("smbr.policy.extension_critical");
    }

    @Test
    void reportsAnyPolicy() {
        TestCertificates certificate = TestCertificates.smime().policies(TestCertificates.STRICT_MAILBOX_OID, "2.5.29.32.0");

        assertThat(RuleHarness.codes(rule(), certificate, "MAILBOX/STRICT"))
                .containsExactly("smbr.policy.any_policy_present");
    }

    @Test
    void reportsTwoReservedOids() {
        TestCertificates certificate = TestCertificates.smime().policies("2.23.140.1.5.1.3", "2.23.140.1.5.2.3");

        assertThat(RuleHarness.codes(rule(), certificate, "MAILBOX/STRICT"))
                .containsExactly("smbr.policy.multiple_reserved_oids");
    }

    @Test
    void reportsOidOfOtherType() {
        TestCertificates certificate = TestCertificates.smime().policies("2.23.140.1.5.1.2");

        assertThat(RuleHarness.codes(rule(), certificate, "MAILBOX/STRICT"))
                .containsExactly("smbr.policy.reserved_oid_missing");
    }

    @Test
    void reportsPrivateOidWithoutReservedOid() {
        TestCertificates certificate = TestCertificates.smime().policies("1.3.6.1.4.1.99999.1");

        assertThat(RuleHarness.codes(rule(), certificate, "MAILBOX/STRICT"))
                .containsExactly("smbr.policy.reserved_oid_missing");
    }

    @Test
    void acceptsPrivateOidNextToReservedOid() {
        TestCertificates certificate = TestCertificates.smime().policies("1.3.6.1.4.1.99999.1",
                TestCertificates.STRICT_MAILBOX_OID);

        assertThat(RuleHarness.codes(rule(), certificate, "MAILBOX/STRICT")).isEmpty();
    }
}
