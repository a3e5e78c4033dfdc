package io.github.smimecheck.check.revocation;

import java.security.Provider;
import java.security.cert.CertificateException;
import java.time.Instant;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.CertException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

/**
 * Decides whether an OCSP response may vouch for a certificate, following RFC 6960 section 4.2.2.2.
 * The issuer itself must sign the response, or a responder certificate that the issuer signed. That
 * responder certificate must carry id-kp-OCSPSigning in extendedKeyUsage and be valid at as-of.
 */
final class OcspResponseValidity {

    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private OcspResponseValidity() {
    }

    /** Returns what is wrong with the response's signature, or null when the issuer or its delegate signed it. */
    static String signatureProblem(BasicOCSPResp response, X509CertificateHolder issuer, Instant asOf) {
        if (verifies(response, issuer)) {
            return null;
        }
        for (X509CertificateHolder responder : response.getCerts()) {
            if (isDelegatedResponder(responder, issuer, asOf) && verifies(response, responder)) {
                return null;
            }
        }
        return "is signed neither by the issuer '" + issuer.getSubject() + "' nor by a responder certificate that"
                + " the issuer signed with id-kp-OCSPSigning and that is valid at " + asOf
                + "; the response may be forged";
    }

    /**
     * Returns what is wrong with the status's dates at as-of, or null when it is current. A status
     * without nextUpdate counts from thisUpdate on, because RFC 6960 section 4.2.2.1 reads it as
     * "newer information is always available" and the response was fetched during this scan.
     */
    static String timeProblem(SingleResp single, Instant asOf) {
        Instant thisUpdate = single.getThisUpdate().toInstant();
        if (thisUpdate.isAfter(asOf)) {
            return "has thisUpdate " + thisUpdate + ", after the as-of instant " + asOf
                    + "; scan as of a later instant or check the responder's clock";
        }
        if (single.getNextUpdate() != null && asOf.isAfter(single.getNextUpdate().toInstant())) {
            return "is stale: nextUpdate " + single.getNextUpdate().toInstant() + " is before the as-of instant "
                    + asOf + "; the responder served an outdated answer";
        }
        return null;
    }

    private static boolean isDelegatedResponder(X509CertificateHolder responder, X509CertificateHolder issuer,
            Instant asOf) {
        ExtendedKeyUsage usage = responder.getExtensions() == null ? null
                : ExtendedKeyUsage.fromExtensions(responder.getExtensions());
        boolean ocspSigning = usage != null && usage.hasKeyPurposeId(KeyPurposeId.id_kp_OCSPSigning);
        boolean current = !asOf.isBefore(responder.getNotBefore().toInstant())
                && !asOf.isAfter(responder.getNotAfter().toInstant());
        return ocspSigning && current && responder.getIssuer().equals(issuer.getSubject()) && signs(issuer, responder);
    }

    /**
     * Returns whether the issuer's key verifies the certificate's signature. A malformed key or
     * signature counts as not verified, and BouncyCastle reports some of those with unchecked exceptions.
     */
    private static boolean signs(X509CertificateHolder issuer, X509CertificateHolder certificate) {
        try {
            return certificate.isSignatureValid(verifierFor(issuer));
        } catch (OperatorCreationException | CertificateException | CertException | RuntimeException e) {
            return false;
        }
    }

    private static boolean verifies(BasicOCSPResp response, X509CertificateHolder signer) {
        try {
            return response.isSignatureValid(verifierFor(signer));
        } catch (OperatorCreationException | CertificateException | OCSPException | RuntimeException e) {
            return false;
        }
    }

    private static ContentVerifierProvider verifierFor(X509CertificateHolder signer)
            throws OperatorCreationException, CertificateException {
        return new JcaContentVerifierProviderBuilder().setProvider(BOUNCY_CASTLE).build(signer);
    }
}
