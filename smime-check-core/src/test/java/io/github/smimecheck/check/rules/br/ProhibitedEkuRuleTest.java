package io.github.smimecheck.check.rules.br;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.testing.TestCertificates;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.junit.jupiter.api.Test;

class ProhibitedEkuRuleTest extends RuleContractTest {

    @Override
    Rule rule() {
        return new ProhibitedEkuRule();
    }

    @Test
    void rejectsClientAuthInStrict() {
        assertThat(RuleHarness.codes(rule(), withPurposes(KeyPurposeId.id_kp_clientAuth), "MAILBOX/STRICT"))
                .containsExactly("smbr.eku.prohibited_purpose");
    }

    @Test
    void acceptsClientAuthInMultipurpose() {
        assertThat(RuleHarness.codes(rule(), withPurposes(KeyPurposeId.id_kp_clientAuth), "MAILBOX/MULTIPURPOSE"))
                .isEmpty();
    }

    @Test
    void rejectsServerAuthInMultipurpose() {
        assertThat(RuleHarness.codes(rule(), withPurposes(KeyPurposeId.id_kp_serverAuth), "MAILBOX/MULTIPURPOSE"))
                .containsExactly("smbr.eku.prohibited_purpose");
    }

    @Test
    void rejectsOcspSigningInLegacy() {
        assertThat(RuleHarness.codes(rule(), withPurposes(KeyPurposeId.id_kp_OCSPSigning), "MAILBOX/LEGACY"))
                .containsExactly("smbr.eku.prohibited_purpose");
    }

    @Test
    void rejectsAnyExtendedKeyUsageInLegacy() {
        assertThat(RuleHarness.codes(rule(), withPurposes(KeyPurposeId.anyExtendedKeyUsage), "MAILBOX/LEGACY"))
                .containsExactly("smbr.eku.prohibited_purpose");
    }

    @Test
    void namesEveryProhibitedPurpose() {
        TestCertificates certificate = withPurposes(KeyPurposeId.id_kp_codeSigning, KeyPurposeId.id_kp_timeStamping);

        assertThat(RuleHarness.messages(rule(), certificate.build(), RuleHarness.type("MAILBOX/LEGACY")))
                .singleElement().asString()
                .contains("codeSigning (1.3.6.1.5.5.7.3.3), timeStamping (1.3.6.1.5.5.7.3.8)");
    }

    @Test
    void namesClientAuthWithOid() {
        TestCertificates certificate = withPurposes(KeyPurposeId.id_kp_clientAuth);

        assertThat(RuleHarness.messages(rule(), certificate.build(), RuleHarness.type("MAILBOX/STRICT")))
                .singleElement().asString().startsWith("extendedKeyUsage contains clientAuth (1.3.6.1.5.5.7.3.2);");
    }

    @Test
    void namesServerAuthWithOid() {
        TestCertificates certificate = withPurposes(KeyPurposeId.id_kp_serverAuth);

        assertThat(RuleHarness.messages(rule(), certificate.build(), RuleHarness.type("MAILBOX/MULTIPURPOSE")))
                .singleElement().asString().startsWith("extendedKeyUsage contains serverAuth (1.3.6.1.5.5.7.3.1);");
    }

    @Test
    void showsUnknownPurposeAsOid() {
        TestCertificates certificate = withPurposes(KeyPurposeId.getInstance(new ASN1ObjectIdentifier("1.2.3.4")));

        assertThat(RuleHarness.messages(rule(), certificate.build(), RuleHarness.type("MAILBOX/STRICT")))
                .singleElement().asString().startsWith("extendedKeyUsage contains 1.2.3.4;");
    }

    private static TestCertificates withPurposes(KeyPurposeId... extra) {
        KeyPurposeId[] purposes = new KeyPurposeId[extra.length + 1];
        purposes[0] = KeyPurposeId.id_kp_emailProtection;
        System.arraycopy(extra, 0, purposes, 1, extra.length);
        return TestCertificates.smime().extendedKeyUsage(purposes);
    }
}
