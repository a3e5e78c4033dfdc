package io.github.smimecheck.check.revocation;

import java.net.URI;
import java.security.Provider;
import java.security.cert.CertificateException;
import java.time.Instant;
import org.bouncycastle.cert.CertException;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

/** Decides whether a fetched CRL may vouch for a certificate at the scan's as-of instant. */
final class CrlValidity {

    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private CrlValidity() {
    }

    /**
     * Returns why the CRL cannot be used for the certificate, or null when it can: its issuer name
     * must be the certificate's issuer, the issuer's key must verify its signature, and as-of must
     * lie between thisUpdate and nextUpdate, both inclusive. A CRL without nextUpdate is not used,
     * because the CRL then states no time until which it is current.
     */
    static String problem(X509CRLHolder crl, X509CertificateHolder certificate, X509CertificateHolder issuer,
            Instant asOf, URI url) {
        if (!crl.getIssuer().equals(certificate.getIssuer())) {
            return "the CRL at " + url + " is issued by '" + crl.getIssuer() + "', expected the certificate's"
                    + " issuer '" + certificate.getIssuer() + "'; fix the CA's cRLDistributionPoints";
        }
        if (!signatureVerifies(crl, issuer)) {
            return "the CRL at " + url + " has a signature that the issuer certificate '" + issuer.getSubject()
                    + "' does not verify; the CRL may be forged or signed by another CA key";
        }
        Instant thisUpdate = crl.getThisUpdate().toInstant();
        if (thisUpdate.isAfter(asOf)) {
            return "the CRL at " + url + " has thisUpdate " + thisUpdate + ", after the as-of instant " + asOf
                    + "; scan as of a later instant or check the CA's clock";
        }
        if (crl.getNextUpdate() == null) {
            return "the CRL at " + url + " has no nextUpdate, so its freshness cannot be checked; ask the CA for"
                    + " a CRL with nextUpdate";
        }
        Instant nextUpdate = crl.getNextUpdate().toInstant();
        if (asOf.isAfter(nextUpdate)) {
            return "the CRL at " + url + " is stale: nextUpdate " + nextUpdate + " is before the as-of instant "
                    + asOf + "; the CA has not published a current CRL";
        }
        return null;
    }

    /**
     * Returns whether the issuer's key verifies the CRL's signature. A malformed key or signature
     * counts as not verified, and BouncyCastle reports some of those with unchecked exceptions.
     */
    private static boolean signatureVerifies(X509CRLHolder crl, X509CertificateHolder issuer) {
        try {
            return crl.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(BOUNCY_CASTLE).build(issuer));
        } catch (OperatorCreationException | CertificateException | CertException | RuntimeException e) {
            return false;
        }
    }
}
