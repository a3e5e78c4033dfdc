package io.github.smimecheck.check.revocation;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509CRLEntryHolder;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Looks a certificate's serial number up in the CRLs its cRLDistributionPoints name. A CRL counts
 * only when the issuer's public key verifies its signature, its issuer name is the certificate's
 * issuer, and the scan's as-of instant lies between thisUpdate and nextUpdate (both inclusive);
 * otherwise the status is unknown, never good. Each URL is fetched once per scan.
 *
 * <p>NOTE: indirect CRLs, delta CRLs and the distribution point's reasons field are not
 * supported: a CRL is read as a complete CRL from the certificate's own issuer.
 */
final class CrlCheck {

    private final RevocationHttp http;
    private final Instant asOf;
    private final Map<URI, Fetched> cache = new ConcurrentHashMap<>();

    CrlCheck(RevocationHttp http, Instant asOf) {
        this.http = http;
        this.asOf = asOf;
    }

    /** A CRL fetched and parsed, or the reason it could not be. */
    private record Fetched(X509CRLHolder crl, String failure) {
    }

    /** Returns the status from the first URL whose CRL is usable, or unknown with every URL's failure. */
    RevocationStatus check(X509CertificateHolder certificate, X509CertificateHolder issuer) {
        return RevocationStatus.firstKnown(CertificateUrls.crlDistributionPoints(certificate),
                url -> checkOne(url, certificate, issuer), "the certificate names no http or https CRL distribution"
                        + " point; use OCSP (revocation.check: ocsp) or ask the CA for a certificate with a CRL URL");
    }

    private RevocationStatus checkOne(URI url, X509CertificateHolder certificate, X509CertificateHolder issuer) {
        Fetched fetched = cache.computeIfAbsent(url, this::fetch);
        if (fetched.failure() != null) {
            return RevocationStatus.unknown(url.toString(), fetched.failure());
        }
        X509CRLHolder crl = fetched.crl();
        String problem = CrlValidity.problem(crl, certificate, issuer, asOf, url);
        if (problem != null) {
            return RevocationStatus.unknown(url.toString(), problem);
        }
        X509CRLEntryHolder entry = crl.getRevokedCertificate(certificate.getSerialNumber());
        if (entry == null) {
            return RevocationStatus.good(url.toString());
        }
        return RevocationStatus.revoked(url.toString(), entry.getRevocationDate().toInstant(), reason(entry));
    }

    private Fetched fetch(URI url) {
        try {
            return new Fetched(new X509CRLHolder(http.get(url)), null);
        } catch (RevocationFetchException e) {
            return new Fetched(null, "the CRL at " + e.getMessage() + "; check that the URL is reachable from the"
                    + " build or set revocation.check: off");
        } catch (IOException | RuntimeException e) {
            return new Fetched(null, "the CRL at " + url + " is not a valid DER CRL (" + e.getMessage()
                    + "); check that the URL serves the CA's CRL");
        }
    }

    private static String reason(X509CRLEntryHolder entry) {
        try {
            Extension extension = entry.getExtensions() == null ? null
                    : entry.getExtensions().getExtension(Extension.reasonCode);
            if (extension == null) {
                return "unspecified";
            }
            return ReasonNames.name(CRLReason.getInstance(extension.getParsedValue()).getValue().intValue());
        } catch (IllegalArgumentException e) {
            return "undecodable reasonCode";
        }
    }
}
