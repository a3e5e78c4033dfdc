package io.github.smimecheck.check.revocation;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Asks the OCSP responders a certificate's authorityInformationAccess names. The request
 * identifies the certificate with SHA-1 hashes of the issuer name and key, as RFC 5019 requires
 * of lightweight responders, and carries no nonce. A response counts only when it is successful,
 * signed by the issuer or by a responder certificate the issuer delegated (see
 * {@link OcspResponseValidity}), contains a status for this certificate, and the as-of instant lies between
 * its thisUpdate and nextUpdate; otherwise the status is unknown.
 */
final class OcspCheck {

    static final String REQUEST_TYPE = "application/ocsp-request";

    private final RevocationHttp http;
    private final Instant asOf;

    OcspCheck(RevocationHttp http, Instant asOf) {
        this.http = http;
        this.asOf = asOf;
    }

    /** Returns the status from the first responder whose response is usable, or unknown with every failure. */
    RevocationStatus check(X509CertificateHolder certificate, X509CertificateHolder issuer) {
        return RevocationStatus.firstKnown(CertificateUrls.ocspResponders(certificate),
                url -> checkOne(url, certificate, issuer), "the certificate names no http or https OCSP responder"
                        + " in authorityInformationAccess; use CRLs (revocation.check: crl) or ask the CA for an"
                        + " OCSP URL");
    }

    private RevocationStatus checkOne(URI url, X509CertificateHolder certificate, X509CertificateHolder issuer) {
        String source = url.toString();
        try {
            CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build()
                    .get(CertificateID.HASH_SHA1), issuer, certificate.getSerialNumber());
            byte[] request = new OCSPReqBuilder().addRequest(id).build().getEncoded();
            OCSPResp response = new OCSPResp(http.post(url, REQUEST_TYPE, request));
            return status(url, response, id, issuer);
        } catch (RevocationFetchException e) {
            return RevocationStatus.unknown(source, "the OCSP request to " + e.getMessage() + "; check that the"
                    + " responder is reachable from the build or set revocation.check: off");
        } catch (OCSPException | OperatorCreationException | IOException | RuntimeException e) {
            return RevocationStatus.unknown(source, "the OCSP response from " + url + " is not a valid OCSP"
                    + " response (" + e.getMessage() + "); check that the URL is the CA's OCSP responder");
        }
    }

    private RevocationStatus status(URI url, OCSPResp response, CertificateID id, X509CertificateHolder issuer)
            throws OCSPException {
        String source = url.toString();
        if (response.getStatus() != OCSPResp.SUCCESSFUL) {
            return RevocationStatus.unknown(source, "the OCSP responder " + url + " returned response status "
                    + response.getStatus() + ", expected 0 (successful); ask the CA why it cannot answer");
        }
        BasicOCSPResp basic = (BasicOCSPResp) response.getResponseObject();
        String signatureProblem = OcspResponseValidity.signatureProblem(basic, issuer, asOf);
        if (signatureProblem != null) {
            return RevocationStatus.unknown(source, "the OCSP response from " + url + " " + signatureProblem);
        }
        SingleResp single = matching(basic, id);
        if (single == null) {
            return RevocationStatus.unknown(source, "the OCSP response from " + url + " has no answer for serial "
                    + id.getSerialNumber().toString(16) + "; check that the URL is the issuing CA's responder");
        }
        String timeProblem = OcspResponseValidity.timeProblem(single, asOf);
        if (timeProblem != null) {
            return RevocationStatus.unknown(source, "the OCSP response from " + url + " " + timeProblem);
        }
        return mapped(source, single);
    }

    private static SingleResp matching(BasicOCSPResp basic, CertificateID id) {
        for (SingleResp single : basic.getResponses()) {
            if (single.getCertID().equals(id)) {
                return single;
            }
        }
        return null;
    }

    private static RevocationStatus mapped(String source, SingleResp single) {
        CertificateStatus status = single.getCertStatus();
        if (status == CertificateStatus.GOOD) {
            return RevocationStatus.good(source);
        }
        if (status instanceof RevokedStatus revoked) {
            String reason = revoked.hasRevocationReason() ? ReasonNames.name(revoked.getRevocationReason())
                    : "unspecified";
            return RevocationStatus.revoked(source, revoked.getRevocationTime().toInstant(), reason);
        }
        return RevocationStatus.unknown(source, "the OCSP responder " + source + " does not know the certificate"
                + " (status unknown); check that the URL is the issuing CA's responder");
    }
}
