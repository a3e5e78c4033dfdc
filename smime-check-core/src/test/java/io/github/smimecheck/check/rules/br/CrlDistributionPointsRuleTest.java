package io.github.smimecheck.check.rules.br;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.testing.TestCertificates;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrlDistributionPointsRuleTest extends RuleContractTest {

    private static final String HTTP = "http://crl.example.com/ca.crl";
    private static final String LDAP = "ldap://ldap.example.com/cn=CA?certificateRevocationList";

    @Override
    Rule rule() {
        return new CrlDistributionPointsRule();
    }

    @Test
    void rejectsMissingExtension() {
        assertThat(RuleHarness.codes(rule(), TestCertificates.smime().crlUris(), "MAILBOX/STRICT"))
                .containsExactly("smbr.crldp.missing");
    }

    @Test
    void warnsOnCriticalExtension() {
        DistributionPoint point = new DistributionPoint(new DistributionPointName(
                new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, HTTP))), null, null);
        TestCertificates certificate = TestCertificates.smime().extension(Extension.cRLDistributionPoints, true,
                new CRLDistPoint(new DistributionPoint[] {point}));

        assertThat(RuleHarness.codes(rule(), certificate, "MAILBOX/STRICT")).containsExactly("smbr.crldp.critical");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "MAILBOX/LEGACY, ''",
        "MAILBOX/MULTIPURPOSE, smbr.crldp.prohibited_uri_scheme",
        "MAILBOX/STRICT, smbr.crldp.prohibited_uri_scheme"})
    void checksLdapNextToHttp(String type, String expected) {
        TestCertificates certificate = TestCertificates.smime().crlUris(HTTP, LDAP);

        assertThat(String.join(",", RuleHarness.codes(rule(), certificate, type))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "MAILBOX/LEGACY, smbr.crldp.no_http_uri",
        "MAILBOX/STRICT, 'smbr.crldp.no_http_uri,smbr.crldp.prohibited_uri_scheme'"})
    void rejectsLdapOnly(String type, String expected) {
        TestCertificates certificate = TestCertificates.smime().crlUris(LDAP);

        assertThat(String.join(",", RuleHarness.codes(rule(), certificate, type))).isEqualTo(expected);
    }

    @Test
    void rejectsHttpsOnly() {
        TestCertificates certificate = TestCertificates.smime().crlUris("https://crl.example.com/ca.crl");

        assertThat(RuleHarness.codes(rule(), certificate, "MAILBOX/STRICT"))
                .containsExactly("smbr.crldp.no_http_uri", "smbr.crldp.prohibited_uri_scheme");
    }
}
