package io.github.smimecheck.check.rules.policy;

import static io.github.smimecheck.check.rules.policy.RevocationFixture.AS_OF;
import static io.github.smimecheck.check.rules.policy.RevocationFixture.CA;
import static io.github.smimecheck.check.rules.policy.RevocationFixture.CA_CERTIFICATE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.inventory.IssuerIndex;
import io.github.smimecheck.check.policy.Policy;
import io.github.smimecheck.check.policy.RevocationSettings.Mode;
import io.github.smimecheck.check.revocation.RevocationChecker;
import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.rules.Severity;
import io.github.smimecheck.check.testing.LoopbackServer;
import io.github.smimecheck.check.testing.TestCertificates;
import io.github.smimecheck.check.testing.TestRevocations;
import io.github.smimecheck.check.testing.TestRevocations.Revoked;
import java.math.BigInteger;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CrlRevocationTest {

    private static final BigInteger SERIAL = new BigInteger("7a3c55e1d2f00b41a9", 16);
    private static final Instant THIS_UPDATE = AS_OF.minus(1, ChronoUnit.DAYS);
    private static final Instant NEXT_UPDATE = AS_OF.plus(6, ChronoUnit.DAYS);
    private static final Instant REVOKED_ON = Instant.parse("2026-05-20T10:00:00Z");
    private static final Policy CRL = RevocationFixture.policy(Mode.CRL, true);

    private final LoopbackServer server = LoopbackServer.start();

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void certificateMissingFromCrlPasses() {
        server.serve("/ca.crl", 200, crl(caKey(), NEXT_UPDATE, new Revoked(BigInteger.TEN, REVOKED_ON, 1)));

        assertThat(RevocationFixture.check(leaf("/ca.crl"), CRL, AS_OF)).isEmpty();
    }

    @Test
    void revokedCertificateNamesSerialDateReasonAndUrl() {
        server.serve("/ca.crl", 200, crl(caKey(), NEXT_UPDATE,
                new Revoked(SERIAL, REVOKED_ON, TestRevocations.KEY_COMPROMISE)));

        Finding finding = only(RevocationFixture.check(leaf("/ca.crl"), CRL, AS_OF));

        assertThat(finding.code()).isEqualTo("policy.revocation.revoked");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).isEqualTo("serial 7a3c55e1d2f00b41a9 was revoked on 2026-05-20T10:00:00Z"
                + " with reason keyCompromise (source " + server.url("/ca.crl") + "); replace the certificate in"
                + " the artifact with a valid one");
    }

    @Test
    void crlSignedByAnotherKeyIsUnknown() {
        PrivateKey otherKey = TestCertificates.ca("CN=Other").key("EC:secp256r1").keyPair().getPrivate();
        server.serve("/ca.crl", 200, crl(otherKey, NEXT_UPDATE));

        Finding finding = only(RevocationFixture.check(leaf("/ca.crl"), CRL, AS_OF));

        assertThat(finding.code()).isEqualTo("policy.revocation.unknown");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).contains("has a signature that the issuer certificate");
    }

    @Test
    void crlIsCurrentUpToNextUpdate() {
        server.serve("/ca.crl", 200, crl(caKey(), AS_OF));

        assertThat(RevocationFixture.check(leaf("/ca.crl"), CRL, AS_OF.minusSeconds(1))).isEmpty();
        assertThat(RevocationFixture.check(leaf("/ca.crl"), CRL, AS_OF)).isEmpty();
    }

    @Test
    void crlPastNextUpdateIsUnknown() {
        server.serve("/ca.crl", 200, crl(caKey(), AS_OF));

        Finding finding = only(RevocationFixture.check(leaf("/ca.crl"), CRL, AS_OF.plusSeconds(1)));

        assertThat(finding.code()).isEqualTo("policy.revocation.unknown");
        assertThat(finding.message()).contains("is stale: nextUpdate 2026-06-01T00:00:00Z is before the as-of"
                + " instant 2026-06-01T00:00:01Z");
    }

    @Test
    void crlWithoutNextUpdateIsUnknown() {
        server.serve("/ca.crl", 200, crl(caKey(), null));

        Finding finding = only(RevocationFixture.check(leaf("/ca.crl"), CRL, AS_OF));

        assertThat(finding.message()).contains("has no nextUpdate");
    }

    @Test
    void serverErrorIsUnknownWithStatus() {
        server.serve("/ca.crl", 500, new byte[0]);

        Finding finding = only(RevocationFixture.check(leaf("/ca.crl"), CRL, AS_OF));

        assertThat(finding.code()).isEqualTo("policy.revocation.unknown");
        assertThat(finding.message()).contains(server.url("/ca.crl") + " returned HTTP 500, expected 200");
    }

    @Test
    void serverDownIsUnknown() {
        X509CertificateHolder certificate = leaf("/ca.crl");
        server.close();

        Finding finding = only(RevocationFixture.check(certificate, CRL, AS_OF));

        assertThat(finding.code()).isEqualTo("policy.revocation.unknown");
        assertThat(finding.message()).contains("could not be fetched");
    }

    @Test
    void slowServerTimesOut() {
        server.serveAfter("/ca.crl", Duration.ofSeconds(3), crl(caKey(), NEXT_UPDATE));

        Finding finding = only(RevocationFixture.check(leaf("/ca.crl"), CRL, AS_OF));

        assertThat(finding.message()).contains(server.url("/ca.crl") + " timed out after 1 s");
    }

    @Test
    void garbageBodyIsUnknown() {
        server.serve("/ca.crl", 200, "not a CRL".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        Finding finding = only(RevocationFixture.check(leaf("/ca.crl"), CRL, AS_OF));

        assertThat(finding.message()).contains("is not a valid DER CRL");
    }

    @Test
    void redirectsAreFollowedUpToThree() {
        server.serve("/ca.crl", 200, crl(caKey(), NEXT_UPDATE, new Revoked(SERIAL, REVOKED_ON, 1)))
                .redirect("/r1", server.url("/r2")).redirect("/r2", server.url("/r3"))
                .redirect("/r3", server.url("/ca.crl"));

        Finding finding = only(RevocationFixture.check(leaf("/r1"), CRL, AS_OF));

        assertThat(finding.code()).isEqualTo("policy.revocation.revoked");
    }

    @Test
    void fourthRedirectIsUnknown() {
        server.serve("/ca.crl", 200, crl(caKey(), NEXT_UPDATE))
                .redirect("/r0", server.url("/r1")).redirect("/r1", server.url("/r2"))
                .redirect("/r2", server.url("/r3")).redirect("/r3", server.url("/ca.crl"));

        Finding finding = only(RevocationFixture.check(leaf("/r0"), CRL, AS_OF));

        assertThat(finding.message()).contains("redirected more than 3 times");
    }

    @Test
    void redirectToOtherSchemeIsUnknown() {
        server.redirect("/ca.crl", "ldap://127.0.0.1/cn=crl");

        Finding finding = only(RevocationFixture.check(leaf("/ca.crl"), CRL, AS_OF));

        assertThat(finding.message()).contains("which is not http or https");
    }

    @Test
    void issuerMissingFromScanIsUnknownWithoutRequest() {
        server.serve("/ca.crl", 200, crl(caKey(), NEXT_UPDATE));
        X509CertificateHolder certificate = leaf("/ca.crl");

        Finding finding = only(RevocationFixture.check(certificate, CRL, AS_OF, IssuerIndex.of(List.of(certificate))));

        assertThat(finding.code()).isEqualTo("policy.revocation.unknown");
        assertThat(finding.message()).contains("is not in the scan");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void unknownIsWarningWhenPolicyAllows() {
        server.serve("/ca.crl", 500, new byte[0]);

        Finding finding = only(RevocationFixture.check(leaf("/ca.crl"), RevocationFixture.policy(Mode.CRL, false),
                AS_OF));

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void eachCrlUrlIsFetchedOncePerScan() {
        server.serve("/ca.crl", 200, crl(caKey(), NEXT_UPDATE));
        RevocationChecker checker = RevocationChecker.of(CRL.revocation(), AS_OF);
        X509CertificateHolder first = leaf("/ca.crl");
        X509CertificateHolder second = TestCertificates.smime().issuedBy(CA).serial(BigInteger.TWO)
                .crlUris(server.url("/ca.crl")).build();

        RevocationFixture.check(first, CRL, AS_OF, IssuerIndex.of(List.of(CA_CERTIFICATE)), checker);
        RevocationFixture.check(second, CRL, AS_OF, IssuerIndex.of(List.of(CA_CERTIFICATE)), checker);

        assertThat(server.requests()).containsExactly("GET /ca.crl");
    }

    @Test
    void checkOffSendsNoRequest() {
        server.serve("/ca.crl", 200, crl(caKey(), NEXT_UPDATE, new Revoked(SERIAL, REVOKED_ON, 1)));

        assertThat(RevocationFixture.check(leaf("/ca.crl"), Policy.defaults(), AS_OF)).isEmpty();
        assertThat(server.requests()).isEmpty();
    }

    private X509CertificateHolder leaf(String crlPath) {
        return TestCertificates.smime().issuedBy(CA).crlUris(server.url(crlPath)).build();
    }

    private static PrivateKey caKey() {
        return CA.keyPair().getPrivate();
    }

    private static byte[] crl(PrivateKey key, Instant nextUpdate, Revoked... revoked) {
        return TestRevocations.crl(CA_CERTIFICATE.getSubject(), key, THIS_UPDATE, nextUpdate, revoked);
    }

    private static Finding only(List<Finding> findings) {
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }
}
