package io.github.smimecheck.check.rules.br;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.testing.TestCertificates;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.DERUTCTime;
import org.bouncycastle.asn1.x509.Time;
import org.junit.jupiter.api.Test;

class ValidityTimeEncodingRuleTest extends RuleContractTest {

    private static final Time NOT_BEFORE = new Time(new DERUTCTime("260101000000Z"));

    @Override
    Rule rule() {
        return new ValidityTimeEncodingRule();
    }

    @Test
    void acceptsUtcTimeOnLastDayOf2049() {
        TestCertificates certificate = TestCertificates.smime()
                .validityTimes(NOT_BEFORE, new Time(new DERUTCTime("491231235959Z")));

        assertThat(RuleHarness.codes(rule(), certificate, "MAILBOX/STRICT")).isEmpty();
    }

    @Test
    void acceptsGeneralizedTimeOnFirstDayOf2050() {
        TestCertificates certificate = TestCertificates.smime()
                .validityTimes(NOT_BEFORE, new Time(new ASN1GeneralizedTime("20500101000000Z")));

        assertThat(RuleHarness.codes(rule(), certificate, "MAILBOX/STRICT")).isEmpty();
    }

    @Test
    void rejectsGeneralizedTimeIn2049() {
        TestCertificates certificate = TestCertificates.smime()
                .validityTimes(NOT_BEFORE, new Time(new ASN1GeneralizedTime("20491231235959Z")));

        assertThat(RuleHarness.codes(rule(), certificate, "MAILBOX/STRICT"))
                .containsExactly("smbr.validity.time_encoding_invalid");
    }

    @Test
    void rejectsFractionalSeconds() {
        TestCertificates certificate = TestCertificates.smime()
                .validityTimes(NOT_BEFORE, new Time(new ASN1GeneralizedTime("20500101000000.5Z")));

        assertThat(RuleHarness.codes(rule(), certificate, "MAILBOX/STRICT"))
                .containsExactly("smbr.validity.time_encoding_invalid");
    }
}
