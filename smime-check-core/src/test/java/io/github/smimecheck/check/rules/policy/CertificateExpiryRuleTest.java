package io.github.smimecheck.check.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.policy.Policy;
import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.testing.TestCertificates;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.Test;

class CertificateExpiryRuleTest {

    private static final Instant NOT_BEFORE = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant NOT_AFTER = Instant.parse("2026-12-31T23:59:59Z");
    private static final X509CertificateHolder CERTIFICATE = TestCertificates.smime()
            .validity(NOT_BEFORE, NOT_AFTER).build();

    @Test
    void dayBeforeNotBeforeIsNotYetValid() {
        assertThat(codesAt(NOT_BEFORE.minus(1, ChronoUnit.DAYS))).containsExactly("policy.validity.not_yet_valid");
    }

    @Test
    void notBeforeInstantIsValid() {
        assertThat(codesAt(NOT_BEFORE)).isEmpty();
    }

    @Test
    void notAfterInstantIsValid() {
        assertThat(codesAt(NOT_AFTER)).isEmpty();
    }

    @Test
    void dayAfterNotAfterIsExpired() {
        assertThat(codesAt(NOT_AFTER.plus(1, ChronoUnit.DAYS))).containsExactly("policy.validity.expired");
    }

    @Test
    void caIsOutOfScopeByDefault() {
        X509CertificateHolder ca = TestCertificates.ca("CN=Old CA").validity(NOT_BEFORE, NOT_AFTER).build();

        assertThat(PolicyRuleFixture.check(new CertificateExpiryRule(), ca, Policy.defaults(),
                NOT_AFTER.plus(1, ChronoUnit.DAYS))).isEmpty();
    }

    private static List<String> codesAt(Instant asOf) {
        return PolicyRuleFixture.check(new CertificateExpiryRule(), CERTIFICATE, Policy.defaults(), asOf).stream()
                .map(Finding::code).toList();
    }
}
