package io.github.smimecheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.policy.Policy;
import io.github.smimecheck.check.policy.RevocationSettings;
import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.testing.LoopbackServer;
import io.github.smimecheck.check.testing.TestCertificates;
import io.github.smimecheck.check.testing.TestRevocations;
import io.github.smimecheck.check.testing.TestScans;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs whole scans against a CRL served on loopback, to check the wiring from policy to finding. */
class RevocationScanTest {

    private static final TestCertificates CA = TestCertificates.ca("CN=Example S/MIME Issuing CA,O=Example,C=DE");
    private static final BigInteger SERIAL = new BigInteger("7a3c55e1d2f00b41a9", 16);

    @TempDir
    Path folder;

    private final LoopbackServer server = LoopbackServer.start();

    @BeforeEach
    void writeCertificatesAndCrl() throws IOException {
        Instant asOf = TestScans.CLOCK.instant();
        server.serve("/ca.crl", 200, TestRevocations.crl(CA.build().getSubject(), CA.keyPair().getPrivate(),
                asOf.minus(Duration.ofDays(1)), asOf.plus(Duration.ofDays(6)),
                new TestRevocations.Revoked(SERIAL, asOf.minus(Duration.ofDays(3)), TestRevocations.KEY_COMPROMISE)));
        Files.writeString(folder.resolve("ca.pem"), CA.pem());
        Files.writeString(folder.resolve("alice.pem"),
                TestCertificates.smime().issuedBy(CA).crlUris(server.url("/ca.crl")).pem());
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void defaultPolicySendsNoRequest() {
        ScanResult result = TestScans.scan(folder);

        assertThat(codes(result)).doesNotContain("policy.revocation.revoked", "policy.revocation.unknown");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void crlPolicyReportsRevokedCertificate() {
        Policy policy = Policy.builder()
                .revocation(new RevocationSettings(RevocationSettings.Mode.CRL, Duration.ofSeconds(1), true)).build();

        ScanResult result = TestScans.scan(folder, options -> options.policy(policy));

        assertThat(codes(result)).contains("policy.revocation.revoked");
        assertThat(server.requests()).containsExactly("GET /ca.crl");
        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
    }

    private static List<String> codes(ScanResult result) {
        return result.certificates().stream().flatMap(certificate -> certificate.findings().stream())
                .map(Finding::code).toList();
    }
}
