package io.github.smimecheck.check.rules.br;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.testing.TestCertificates;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.qualified.QCStatement;
import org.junit.jupiter.api.Test;

class QcStatementsRuleTest extends RuleContractTest {

    @Override
    Rule rule() {
        return new QcStatementsRule();
    }

    @Test
    void acceptsValidPdsStatement() {
        assertThat(RuleHarness.codes(rule(), withPds(new DERPrintableString("en"), false), "MAILBOX/STRICT")).isEmpty();
    }

    @Test
    void rejectsCriticalExtension() {
        assertThat(RuleHarness.codes(rule(), withPds(new DERPrintableString("en"), true), "MAILBOX/STRICT"))
                .containsExactly("smbr.qc_statements.critical");
    }

    @Test
    void rejectsPdsLanguageAsUtf8String() {
        assertThat(RuleHarness.codes(rule(), withPds(new DERUTF8String("en"), false), "MAILBOX/STRICT"))
                .containsExactly("smbr.qc_statements.invalid_encoding");
    }

    private static TestCertificates withPds(ASN1Encodable language, boolean critical) {
        DERSequence location = new DERSequence(new ASN1Encodable[] {
            new DERIA5String("https://ca.example.com/pds"), language});
        QCStatement statement = new QCStatement(QcStatementsRule.QC_EU_PDS, new DERSequence(location));
        return TestCertificates.smime().extension(Extension.qCStatements, critical, new DERSequence(statement));
    }
}
