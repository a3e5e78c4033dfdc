package io.github.smimecheck.check.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.smimecheck.check.policy.Policy;
import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.rules.Severity;
import io.github.smimecheck.check.testing.TestCertificates;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.Test;

class ExpiryWindowRuleTest {

    private static final Instant NOT_AFTER = Instant.parse("2026-12-31T12:00:00Z");
    private static final X509CertificateHolder CERTIFICATE = TestCertificates.smime()
            .validity(Instant.parse("2026-06-01T00:00:00Z"), NOT_AFTER).build();
    private static final Policy POLICY = Policy.builder().expiryWarningDays(60).expiryFailureDays(30).build();

    @Test
    void dayBeforeWarningWindowIsSilent() {
        assertThat(findingsAt(NOT_AFTER.minus(61, ChronoUnit.DAYS))).isEmpty();
    }

    @Test
    void dayWarningWindowStartsWarns() {
        assertThat(findingsAt(NOT_AFTER.minus(60, ChronoUnit.DAYS))).extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("policy.validity.expiring_soon", Severity.WARNING));
    }

    @Test
    void dayAfterWarningWindowStartsWarns() {
        assertThat(findingsAt(NOT_AFTER.minus(59, ChronoUnit.DAYS))).extracting(Finding::code)
                .containsExactly("policy.validity.expiring_soon");
    }

    @Test
    void dayBeforeFailureWindowWarns() {
        assertThat(findingsAt(NOT_AFTER.minus(31, ChronoUnit.DAYS))).extracting(Finding::code)
                .containsExactly("policy.validity.expiring_soon");
    }

    @Test
    void dayFailureWindowStartsFails() {
        List<Finding> findings = findingsAt(NOT_AFTER.minus(30, ChronoUnit.DAYS));

        assertThat(findings).extracting(Finding::code).containsExactly("policy.validity.renewal_overdue");
        assertThat(findings.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(findings.get(0).message()).isEqualTo("expires on 2026-12-31T12:00:00Z, 30 day(s) after the as-of"
                + " date 2026-12-01T12:00:00Z; the policy requires renewal at least 30 days before expiry; deploy a"
                + " renewed certificate");
    }

    @Test
    void dayAfterFailureWindowStartsFails() {
        assertThat(findingsAt(NOT_AFTER.minus(29, ChronoUnit.DAYS))).extracting(Finding::code)
                .containsExactly("policy.validity.renewal_overdue");
    }

    @Test
    void expiredCertificateIsLeftToExpiryRule() {
        assertThat(findingsAt(NOT_AFTER.plusSeconds(1))).isEmpty();
    }

    @Test
    void tlsCertificateIsOutOfScopeByDefault() {
        X509CertificateHolder tls = TestCertificates.tlsServer("mail.example.com")
                .validity(Instant.parse("2026-06-01T00:00:00Z"), NOT_AFTER).build();

        assertThat(PolicyRuleFixture.check(new ExpiryWindowRule(), tls, POLICY, NOT_AFTER.minusSeconds(1))).isEmpty();
    }

    @Test
    void tlsCertificateIsCheckedWhenPolicyIncludesIt() {
        X509CertificateHolder tls = TestCertificates.tlsServer("mail.example.com")
                .validity(Instant.parse("2026-06-01T00:00:00Z"), NOT_AFTER).build();
        Policy policy = POLICY.toBuilder().expiryCategories(List.of("SMIME", "TLS_SERVER")).build();

        assertThat(PolicyRuleFixture.check(new ExpiryWindowRule(), tls, policy, NOT_AFTER.minusSeconds(1)))
                .extracting(Finding::code).containsExactly("policy.validity.renewal_overdue");
    }

    private static List<Finding> findingsAt(Instant asOf) {
        return PolicyRuleFixture.check(new ExpiryWindowRule(), CERTIFICATE, POLICY, asOf);
    }
}
