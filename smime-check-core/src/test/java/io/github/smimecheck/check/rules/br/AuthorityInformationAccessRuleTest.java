package io.github.smimecheck.check.rules.br;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.testing.TestCertificates;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.junit.jupiter.api.Test;

class AuthorityInformationAccessRuleTest extends RuleContractTest {

    private static final String LDAP = "ldap://ldap.example.com/cn=CA?cACertificate";

    @Override
    Rule rule() {
        return new AuthorityInformationAccessRule();
    }

    @Test
    void warnsWhenMissing() {
        TestCertificates certificate = TestCertificates.smime().caIssuersUris().ocspUris();

        assertThat(RuleHarness.codes(rule(), certificate, "MAILBOX/STRICT")).containsExactly("smbr.aia.missing");
    }

    @Test
    void rejectsCritical() {
        AuthorityInformationAccess access = new AuthorityInformationAccess(new AccessDescription(
                AccessDescription.id_ad_caIssuers, new GeneralName(GeneralName.uniformResourceIdentifier,
                        "http://ca.example.com/ca.cer")));
        TestCertificates certificate = TestCertificates.smime().extension(Extension.authorityInfoAccess, true, access);

        assertThat(RuleHarness.codes(rule(), certificate, "MAILBOX/STRICT")).containsExactly("smbr.aia.critical");
    }

    @Test
    void warnsWithoutCaIssuers() {
        TestCertificates certificate = TestCertificates.smime().caIssuersUris();

        assertThat(RuleHarness.codes(rule(), certificate, "MAILBOX/STRICT"))
                .containsExactly("smbr.aia.ca_issuers_missing");
    }

    @Test
    void rejectsLdapOnlyOcspInLegacy() {
        TestCertificates certificate = TestCertificates.smime().ocspUris(LDAP);

        assertThat(RuleHarness.codes(rule(), certificate, "MAILBOX/LEGACY")).containsExactly("smbr.aia.no_http_uri");
    }

    @Test
    void acceptsLdapNextToHttpInLegacy() {
        TestCertificates certificate = TestCertificates.smime().caIssuersUris("http://ca.example.com/ca.cer", LDAP);

        assertThat(RuleHarness.codes(rule(), certificate, "MAILBOX/LEGACY")).isEmpty();
    }

    @Test
    void rejectsLdapNextToHttpInMultipurpose() {
        TestCertificates certificate = TestCertificates.smime().caIssuersUris("http://ca.example.com/ca.cer", LDAP);

        assertThat(RuleHarness.codes(rule(), certificate, "MAILBOX/MULTIPURPOSE"))
                .containsExactly("smbr.aia.prohibited_location");
    }
}
