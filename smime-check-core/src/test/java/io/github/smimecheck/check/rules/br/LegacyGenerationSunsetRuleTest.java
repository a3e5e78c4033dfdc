package io.github.smimecheck.check.rules.br;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.testing.TestCertificates;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegacyGenerationSunsetRuleTest extends RuleContractTest {

    @Override
    Rule rule() {
        return new LegacyGenerationSunsetRule();
    }

    @ParameterizedTest(name = "{0} notBefore {1}")
    @CsvSource({
        "MAILBOX/LEGACY, 2025-07-14T23:59:59Z, 0",
        "MAILBOX/LEGACY, 2025-07-15T00:00:00Z, 1",
        "MAILBOX/LEGACY, 2025-07-16T00:00:00Z, 1",
        "INDIVIDUAL/LEGACY, 2025-07-14T00:00:00Z, 0",
        "MAILBOX/MULTIPURPOSE, 2025-07-16T00:00:00Z, 0"})
    void reportsLegacyFromSunset(String type, String notBefore, int expected) {
        Instant from = Instant.parse(notBefore);
        TestCertificates certificate = TestCertificates.smime().policies(RuleHarness.type(type).policyOid())
                .validity(from, from.plusSeconds(86_400 * 30));

        assertThat(RuleHarness.codes(rule(), certificate, type)).hasSize(expected);
    }
}
