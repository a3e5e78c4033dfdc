package io.github.smimecheck.check.rules.br;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.testing.TestCertificates;
import java.util.Vector;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.x509.Attribute;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectDirectoryAttributes;
import org.bouncycastle.asn1.x509.X509ObjectIdentifiers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubjectDirectoryAttributesRuleTest extends RuleContractTest {

    @Override
    Rule rule() {
        return new SubjectDirectoryAttributesRule();
    }

    @ParameterizedTest(name = "{0} critical={1}")
    @CsvSource({
        "MAILBOX/LEGACY, false, ''",
        "INDIVIDUAL/LEGACY, true, smbr.sda.critical",
        "INDIVIDUAL/MULTIPURPOSE, false, smbr.sda.prohibited",
        "INDIVIDUAL/STRICT, false, smbr.sda.prohibited"})
    void checksByGeneration(String type, boolean critical, String expected) {
        Vector<Attribute> attributes = new Vector<>();
        attributes.add(new Attribute(X509ObjectIdentifiers.countryName, new DERSet(new DERPrintableString("DE"))));
        TestCertificates certificate = RuleHarness.clean(RuleHarness.type(type)).extension(
                Extension.subjectDirectoryAttributes, critical, new SubjectDirectoryAttributes(attributes));

        assertThat(String.join(",", RuleHarness.codes(rule(), certificate, type))).isEqualTo(expected);
    }
}
