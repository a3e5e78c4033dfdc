package io.github.smimecheck.check.rules.br;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.testing.TestCertificates;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidityPeriodRuleTest extends RuleContractTest {

    @Override
    Rule rule() {
        return new ValidityPeriodRule();
    }

    /** The period counts notBefore and notAfter inclusively, so {@code days} whole days end one second early. */
    @ParameterizedTest(name = "{0} {1} days {2} s")
    @CsvSource({
        "MAILBOX/STRICT, 825, -2, ''",
        "MAILBOX/STRICT, 825, -1, smbr.validity.period_at_maximum",
        "MAILBOX/STRICT, 825, 0, smbr.validity.period_too_long",
        "MAILBOX/MULTIPURPOSE, 825, -1, smbr.validity.period_at_maximum",
        "MAILBOX/LEGACY, 1185, -2, ''",
        "MAILBOX/LEGACY, 1185, -1, smbr.validity.period_at_maximum",
        "MAILBOX/LEGACY, 1185, 0, smbr.validity.period_too_long"})
    void checksPeriodAroundMaximum(String type, long days, long extraSeconds, String expected) {
        Instant from = Instant.parse("2025-01-01T00:00:00Z");
        TestCertificates certificate = TestCertificates.smime().policies(RuleHarness.type(type).policyOid())
                .validity(from, from.plusSeconds(days * 86_400 + extraSeconds));

        List<String> codes = RuleHarness.codes(rule(), certificate, type);

        assertThat(codes).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
    }
}
