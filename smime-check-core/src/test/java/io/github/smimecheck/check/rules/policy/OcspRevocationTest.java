package io.github.smimecheck.check.rules.policy;

import static io.github.smimecheck.check.rules.policy.RevocationFixture.AS_OF;
import static io.github.smimecheck.check.rules.policy.RevocationFixture.CA;
import static io.github.smimecheck.check.rules.policy.RevocationFixture.CA_CERTIFICATE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.policy.Policy;
import io.github.smimecheck.check.policy.RevocationSettings.Mode;
import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.rules.Severity;
import io.github.smimecheck.check.testing.LoopbackServer;
import io.github.smimecheck.check.testing.TestCertificates;
import io.github.smimecheck.check.testing.TestRevocations;
import java.io.IOException;
import java.math.BigInteger;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OcspRevocationTest {

    private static final BigInteger SERIAL = new BigInteger("7a3c55e1d2f00b41a9", 16);
    private static final Instant THIS_UPDATE = AS_OF.minus(1, ChronoUnit.HOURS);
    private static final Instant NEXT_UPDATE = AS_OF.plus(7, ChronoUnit.DAYS);
    private static final Instant REVOKED_ON = Instant.parse("2026-05-20T10:00:00Z");
    private static final Policy OCSP = RevocationFixture.policy(Mode.OCSP, true);
    private static final TestCertificates RESPONDER = TestCertificates.smime()
            .subject("CN=Example OCSP Responder,O=Example,C=DE").key("EC:secp256r1").noEmails().noPolicies()
            .extendedKeyUsage(KeyPurposeId.id_kp_OCSPSigning).issuedBy(CA);

    private final LoopbackServer server = LoopbackServer.start();

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void goodStatusPasses() {
        server.serve("/ocsp", 200, response(CertificateStatus.GOOD, NEXT_UPDATE, caKey()));

        assertThat(RevocationFixture.check(leaf(), OCSP, AS_OF)).isEmpty();
    }

    @Test
    void requestIsPostWithSha1CertificateId() throws IOException {
        server.serve("/ocsp", 200, response(CertificateStatus.GOOD, NEXT_UPDATE, caKey()));

        RevocationFixture.check(leaf(), OCSP, AS_OF);
        OCSPReq request = new OCSPReq(server.requestBodies().get(0));

        assertThat(server.requests()).containsExactly("POST /ocsp");
        assertThat(request.getRequestList()).hasSize(1);
        assertThat(request.getRequestList()[0].getCertID().getHashAlgOID()).isEqualTo(OIWObjectIdentifiers.idSHA1);
        assertThat(request.getRequestList()[0].getCertID().getSerialNumber()).isEqualTo(SERIAL);
    }

    @Test
    void revokedStatusNamesSerialDateReasonAndUrl() {
        RevokedStatus revoked = new RevokedStatus(Date.from(REVOKED_ON), TestRevocations.KEY_COMPROMISE);
        server.serve("/ocsp", 200, response(revoked, NEXT_UPDATE, caKey()));

        Finding finding = only(RevocationFixture.check(leaf(), OCSP, AS_OF));

        assertThat(finding.code()).isEqualTo("policy.revocation.revoked");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).isEqualTo("serial 7a3c55e1d2f00b41a9 was revoked on 2026-05-20T10:00:00Z"
                + " with reason keyCompromise (source " + server.url("/ocsp") + "); replace the certificate in"
                + " the artifact with a valid one");
    }

    @Test
    void unknownStatusIsUnknown() {
        server.serve("/ocsp", 200, response(new UnknownStatus(), NEXT_UPDATE, caKey()));

        Finding finding = only(RevocationFixture.check(leaf(), OCSP, AS_OF));

        assertThat(finding.code()).isEqualTo("policy.revocation.unknown");
        assertThat(finding.message()).contains("does not know the certificate (status unknown)");
    }

    @Test
    void responseSignedByAnotherKeyIsUnknown() {
        PrivateKey otherKey = TestCertificates.ca("CN=Other").key("EC:secp384r1").keyPair().getPrivate();
        server.serve("/ocsp", 200, response(CertificateStatus.GOOD, NEXT_UPDATE, otherKey));

        Finding finding = only(RevocationFixture.check(leaf(), OCSP, AS_OF));

        assertThat(finding.code()).isEqualTo("policy.revocation.unknown");
        assertThat(finding.message()).contains("is signed neither by the issuer");
    }

    @Test
    void delegatedResponderIsAccepted() {
        server.serve("/ocsp", 200, response(CertificateStatus.GOOD, NEXT_UPDATE, RESPONDER.keyPair().getPrivate(),
                RESPONDER.build()));

        assertThat(RevocationFixture.check(leaf(), OCSP, AS_OF)).isEmpty();
    }

    @Test
    void responderWithoutOcspSigningIsUnknown() {
        TestCertificates responder = TestCertificates.smime().subject("CN=Not A Responder,O=Example,C=DE")
                .key("EC:secp256r1").issuedBy(CA);
        server.serve("/ocsp", 200, response(CertificateStatus.GOOD, NEXT_UPDATE, responder.keyPair().getPrivate(),
                responder.build()));

        Finding finding = only(RevocationFixture.check(leaf(), OCSP, AS_OF));

        assertThat(finding.message()).contains("is signed neither by the issuer");
    }

    @Test
    void selfSignedResponderIsUnknown() {
        TestCertificates responder = TestCertificates.ca("CN=Example OCSP Responder,O=Example,C=DE")
                .key("EC:secp256r1").extendedKeyUsage(KeyPurposeId.id_kp_OCSPSigning);
        server.serve("/ocsp", 200, response(CertificateStatus.GOOD, NEXT_UPDATE, responder.keyPair().getPrivate(),
                responder.build()));

        Finding finding = only(RevocationFixture.check(leaf(), OCSP, AS_OF));

        assertThat(finding.message()).contains("is signed neither by the issuer");
    }

    @Test
    void responseIsCurrentUpToNextUpdate() {
        server.serve("/ocsp", 200, response(CertificateStatus.GOOD, AS_OF, caKey()));

        assertThat(RevocationFixture.check(leaf(), OCSP, AS_OF.minusSeconds(1))).isEmpty();
        assertThat(RevocationFixture.check(leaf(), OCSP, AS_OF)).isEmpty();
    }

    @Test
    void responsePastNextUpdateIsUnknown() {
        server.serve("/ocsp", 200, response(CertificateStatus.GOOD, AS_OF, caKey()));

        Finding finding = only(RevocationFixture.check(leaf(), OCSP, AS_OF.plusSeconds(1)));

        assertThat(finding.message()).contains("is stale: nextUpdate 2026-06-01T00:00:00Z is before the as-of"
                + " instant 2026-06-01T00:00:01Z");
    }

    @Test
    void responseWithoutNextUpdatePasses() {
        server.serve("/ocsp", 200, response(CertificateStatus.GOOD, null, caKey()));

        assertThat(RevocationFixture.check(leaf(), OCSP, AS_OF.plus(30, ChronoUnit.DAYS))).isEmpty();
    }

    @Test
    void responseFromTheFutureIsUnknown() {
        server.serve("/ocsp", 200, response(CertificateStatus.GOOD, NEXT_UPDATE, caKey()));

        Finding finding = only(RevocationFixture.check(leaf(), OCSP, THIS_UPDATE.minusSeconds(1)));

        assertThat(finding.message()).contains("has thisUpdate 2026-05-31T23:00:00Z, after the as-of instant");
    }

    @Test
    void tryLaterIsUnknown() {
        server.serve("/ocsp", 200, TestRevocations.ocspError(OCSPRespBuilder.TRY_LATER));

        Finding finding = only(RevocationFixture.check(leaf(), OCSP, AS_OF));

        assertThat(finding.message()).contains("returned response status 3, expected 0 (successful)");
    }

    @Test
    void serverErrorIsUnknown() {
        server.serve("/ocsp", 500, new byte[0]);

        Finding finding = only(RevocationFixture.check(leaf(), OCSP, AS_OF));

        assertThat(finding.message()).contains(server.url("/ocsp") + " returned HTTP 500, expected 200");
    }

    @Test
    void slowResponderTimesOut() {
        server.serveAfter("/ocsp", Duration.ofSeconds(3), response(CertificateStatus.GOOD, NEXT_UPDATE, caKey()));

        Finding finding = only(RevocationFixture.check(leaf(), OCSP, AS_OF));

        assertThat(finding.message()).contains(server.url("/ocsp") + " timed out after 1 s");
    }

    @Test
    void garbageResponseIsUnknown() {
        server.serve("/ocsp", 200, new byte[] {1, 2, 3});

        Finding finding = only(RevocationFixture.check(leaf(), OCSP, AS_OF));

        assertThat(finding.message()).contains("is not a valid OCSP response");
    }

    @Test
    void crlThenOcspAsksOcspWhenCrlFails() {
        server.serve("/ca.crl", 500, new byte[0]);
        RevokedStatus revoked = new RevokedStatus(Date.from(REVOKED_ON), TestRevocations.KEY_COMPROMISE);
        server.serve("/ocsp", 200, response(revoked, NEXT_UPDATE, caKey()));
        X509CertificateHolder certificate = TestCertificates.smime().issuedBy(CA).crlUris(server.url("/ca.crl"))
                .ocspUris(server.url("/ocsp")).build();

        Finding finding = only(RevocationFixture.check(certificate, RevocationFixture.policy(Mode.CRL_THEN_OCSP,
                true), AS_OF));

        assertThat(finding.code()).isEqualTo("policy.revocation.revoked");
        assertThat(server.requests()).containsExactly("GET /ca.crl", "POST /ocsp");
    }

    @Test
    void crlThenOcspSkipsOcspWhenCrlAnswers() {
        server.serve("/ca.crl", 200, TestRevocations.crl(CA_CERTIFICATE.getSubject(), caKey(),
                AS_OF.minus(1, ChronoUnit.DAYS), NEXT_UPDATE));
        X509CertificateHolder certificate = TestCertificates.smime().issuedBy(CA).crlUris(server.url("/ca.crl"))
                .ocspUris(server.url("/ocsp")).build();

        assertThat(RevocationFixture.check(certificate, RevocationFixture.policy(Mode.CRL_THEN_OCSP, true), AS_OF))
                .isEmpty();
        assertThat(server.requests()).containsExactly("GET /ca.crl");
    }

    @Test
    void crlThenOcspFailureNamesBothUrls() {
        server.serve("/ca.crl", 500, new byte[0]);
        server.serve("/ocsp", 500, new byte[0]);
        X509CertificateHolder certificate = TestCertificates.smime().issuedBy(CA).crlUris(server.url("/ca.crl"))
                .ocspUris(server.url("/ocsp")).build();

        Finding finding = only(RevocationFixture.check(certificate, RevocationFixture.policy(Mode.CRL_THEN_OCSP,
                false), AS_OF));

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).contains("(source " + server.url("/ca.crl") + ", " + server.url("/ocsp") + ")");
    }

    private X509CertificateHolder leaf() {
        return TestCertificates.smime().issuedBy(CA).ocspUris(server.url("/ocsp")).build();
    }

    private static PrivateKey caKey() {
        return CA.keyPair().getPrivate();
    }

    private static byte[] response(CertificateStatus status, Instant nextUpdate, PrivateKey key,
            X509CertificateHolder... chain) {
        return TestRevocations.ocspResponse(CA_CERTIFICATE, SERIAL, status, THIS_UPDATE, nextUpdate, key, chain);
    }

    private static Finding only(List<Finding> findings) {
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }
}
