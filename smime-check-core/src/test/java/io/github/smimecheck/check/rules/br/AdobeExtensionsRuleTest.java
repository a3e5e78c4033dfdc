package io.github.smimecheck.check.rules.br;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.testing.TestCertificates;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x509.GeneralName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdobeExtensionsRuleTest extends RuleContractTest {

    @Override
    Rule rule() {
        return new AdobeExtensionsRule();
    }

    @ParameterizedTest(name = "{0} critical={1}")
    @CsvSource({
        "ORGANIZATION/STRICT, false, smbr.adobe.prohibited",
        "ORGANIZATION/MULTIPURPOSE, false, ''",
        "ORGANIZATION/MULTIPURPOSE, true, smbr.adobe.critical",
        "ORGANIZATION/LEGACY, false, ''"})
    void checksTimestampByGeneration(String type, boolean critical, String expected) {
        TestCertificates certificate = RuleHarness.clean(RuleHarness.type(type)).extension(
                AdobeExtensionsRule.TIMESTAMP, critical, timestamp(GeneralName.uniformResourceIdentifier,
                        "http://tsa.example.com"));

        assertThat(String.join(",", RuleHarness.codes(rule(), certificate, type))).isEqualTo(expected);
    }

    @Test
    void rejectsArchiveRevInfoInStrict() {
        TestCertificates certificate = TestCertificates.smime().extension(AdobeExtensionsRule.ARCHIVE_REV_INFO, false,
                new DERSequence(new ASN1Integer(1)));

        assertThat(RuleHarness.codes(rule(), certificate, "MAILBOX/STRICT")).containsExactly("smbr.adobe.prohibited");
    }

    @Test
    void rejectsDnsTimestampLocation() {
        TestCertificates certificate = RuleHarness.clean(RuleHarness.type("ORGANIZATION/MULTIPURPOSE")).extension(
                AdobeExtensionsRule.TIMESTAMP, false, timestamp(GeneralName.dNSName, "tsa.example.com"));

        assertThat(RuleHarness.codes(rule(), certificate, "ORGANIZATION/MULTIPURPOSE"))
                .containsExactly("smbr.adobe.timestamp_location_not_uri");
    }

    private static DERSequence timestamp(int locationType, String location) {
        return new DERSequence(new ASN1Encodable[] {new ASN1Integer(1), new GeneralName(locationType, location)});
    }
}
