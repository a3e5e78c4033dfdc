package io.github.smimecheck.check.rules.br;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.testing.TestCertificates;
import org.bouncycastle.asn1.DERPrintableString;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeiExtensionsRuleTest extends RuleContractTest {

    @Override
    Rule rule() {
        return new LeiExtensionsRule();
    }

    @ParameterizedTest(name = "LEI in {0} critical={1}")
    @CsvSource({
        "MAILBOX/STRICT, false, smbr.lei.prohibited",
        "INDIVIDUAL/STRICT, false, smbr.lei.prohibited",
        "ORGANIZATION/STRICT, false, ''",
        "ORGANIZATION/STRICT, true, smbr.lei.critical",
        "SPONSORED/MULTIPURPOSE, false, ''"})
    void checksLeiExtension(String type, boolean critical, String expected) {
        TestCertificates certificate = RuleHarness.clean(RuleHarness.type(type)).extension(LeiExtensionsRule.LEI,
                critical, new DERPrintableString("529900T8BM49AURSDO55"));

        assertThat(String.join(",", RuleHarness.codes(rule(), certificate, type))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "role in {0} critical={1}")
    @CsvSource({
        "ORGANIZATION/STRICT, false, smbr.lei.role_prohibited",
        "MAILBOX/LEGACY, false, smbr.lei.role_prohibited",
        "SPONSORED/STRICT, false, ''",
        "SPONSORED/STRICT, true, smbr.lei.role_critical"})
    void checksRoleExtension(String type, boolean critical, String expected) {
        TestCertificates certificate = RuleHarness.clean(RuleHarness.type(type)).extension(LeiExtensionsRule.LEI_ROLE,
                critical, new DERPrintableString("Director"));

        assertThat(String.join(",", RuleHarness.codes(rule(), certificate, type))).isEqualTo(expected);
    }
}
