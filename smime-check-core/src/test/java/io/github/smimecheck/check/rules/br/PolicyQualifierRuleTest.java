package io.github.smimecheck.check.rules.br;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.testing.TestCertificates;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERVisibleString;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.DisplayText;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.NoticeReference;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.PolicyQualifierId;
import org.bouncycastle.asn1.x509.PolicyQualifierInfo;
import org.bouncycastle.asn1.x509.UserNotice;
import org.junit.jupiter.api.Test;

class PolicyQualifierRuleTest extends RuleContractTest {

    @Override
    Rule rule() {
        return new PolicyQualifierRule();
    }

    @Test
    void acceptsHttpsCps() {
        assertThat(RuleHarness.codes(rule(), withQualifier(new PolicyQualifierInfo("https://ca.example.com/cps")),
                "MAILBOX/STRICT")).isEmpty();
    }

    @Test
    void rejectsLdapCps() {
        assertThat(RuleHarness.codes(rule(), withQualifier(new PolicyQualifierInfo("ldap://ca.example.com/cps")),
                "MAILBOX/STRICT")).containsExactly("smbr.policy.cps_uri_not_http");
    }

    @Test
    void rejectsNoticeReference() {
        NoticeReference reference = new NoticeReference("Example CA", new org.bouncycastle.asn1.ASN1EncodableVector() {
            {
                add(new ASN1Integer(1));
            }
        });
        UserNotice notice = new UserNotice(reference, new DisplayText(DisplayText.CONTENT_TYPE_UTF8STRING, "text"));

        assertThat(RuleHarness.codes(rule(), withQualifier(userNotice(notice)), "MAILBOX/STRICT"))
                .containsExactly("smbr.policy.notice_ref_present");
    }

    @Test
    void rejectsNoticeWithoutExplicitText() {
        UserNotice notice = UserNotice.getInstance(new DERSequence());

        assertThat(RuleHarness.codes(rule(), withQualifier(userNotice(notice)), "MAILBOX/STRICT"))
                .containsExactly("smbr.policy.explicit_text_missing");
    }

    @Test
    void rejectsIa5StringExplicitText() {
        UserNotice notice = UserNotice.getInstance(new DERSequence(new DERIA5String("text")));

        assertThat(RuleHarness.codes(rule(), withQualifier(userNotice(notice)), "MAILBOX/STRICT"))
                .containsExactly("smbr.policy.explicit_text_ia5string");
    }

    @Test
    void acceptsVisibleStringExplicitText() {
        UserNotice notice = UserNotice.getInstance(new DERSequence(new DERVisibleString("text")));

        assertThat(RuleHarness.codes(rule(), withQualifier(userNotice(notice)), "MAILBOX/STRICT")).isEmpty();
    }

    private static PolicyQualifierInfo userNotice(UserNotice notice) {
        return new PolicyQualifierInfo(PolicyQualifierId.id_qt_unotice, notice);
    }

    private static TestCertificates withQualifier(ASN1Encodable qualifier) {
        PolicyInformation information = new PolicyInformation(
                new ASN1ObjectIdentifier(TestCertificates.STRICT_MAILBOX_OID), new DERSequence(qualifier));
        return TestCertificates.smime().extension(Extension.certificatePolicies, false,
                new CertificatePolicies(information));
    }
}
