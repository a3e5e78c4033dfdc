package io.github.smimecheck.check.rules.policy;

import io.github.smimecheck.check.classify.Classifier;
import io.github.smimecheck.check.inventory.IssuerIndex;
import io.github.smimecheck.check.policy.Policy;
import io.github.smimecheck.check.policy.RevocationSettings;
import io.github.smimecheck.check.revocation.RevocationChecker;
import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.rules.RuleRunner;
import io.github.smimecheck.check.testing.TestCertificates;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * A test CA and the policy for revocation tests: runs {@link RevocationStatusRule} through the real
 * runner with a real {@link RevocationChecker}, as a scan does.
 */
final class RevocationFixture {

    static final Instant AS_OF = PolicyRuleFixture.AS_OF;
    static final TestCertificates CA = TestCertificates.ca("CN=Example S/MIME Issuing CA,O=Example,C=DE");
    static final X509CertificateHolder CA_CERTIFICATE = CA.build();

    private RevocationFixture() {
    }

    static Policy policy(RevocationSettings.Mode mode, boolean failWhenUnknown) {
        return Policy.builder().revocation(new RevocationSettings(mode, Duration.ofSeconds(1), failWhenUnknown))
                .build();
    }

    /** Checks the certificate with the CA in the scan. */
    static List<Finding> check(X509CertificateHolder certificate, Policy policy, Instant asOf) {
        return check(certificate, policy, asOf, IssuerIndex.of(List.of(CA_CERTIFICATE, certificate)));
    }

    static List<Finding> check(X509CertificateHolder certificate, Policy policy, Instant asOf, IssuerIndex issuers) {
        RevocationChecker checker = RevocationChecker.of(policy.revocation(), asOf);
        return check(certificate, policy, asOf, issuers, checker);
    }

    /** Checks the certificate with a given checker, to share its CRL cache between certificates. */
    static List<Finding> check(X509CertificateHolder certificate, Policy policy, Instant asOf, IssuerIndex issuers,
            RevocationChecker checker) {
        CertificateUnderTest underTest = new CertificateUnderTest(certificate,
                new Classifier(policy.privatePolicyOids()).classify(certificate), policy, asOf, issuers, checker);
        return new RuleRunner(List.of(new RevocationStatusRule())).check(underTest);
    }
}
