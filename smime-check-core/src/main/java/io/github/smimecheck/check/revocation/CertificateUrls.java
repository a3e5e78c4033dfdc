package io.github.smimecheck.check.revocation;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Reads the revocation URLs a certificate carries: the full-name URIs of cRLDistributionPoints
 * and the id-ad-ocsp URIs of authorityInformationAccess. Only http and https URLs are returned,
 * in certificate order; an extension that is not valid DER yields no URL.
 */
final class CertificateUrls {

    private CertificateUrls() {
    }

    static List<URI> crlDistributionPoints(X509CertificateHolder certificate) {
        List<URI> urls = new ArrayList<>();
        Extensions extensions = certificate.getExtensions();
        try {
            CRLDistPoint points = extensions == null ? null : CRLDistPoint.fromExtensions(extensions);
            if (points == null) {
                return urls;
            }
            for (DistributionPoint point : points.getDistributionPoints()) {
                DistributionPointName name = point.getDistributionPoint();
                if (name != null && name.getType() == DistributionPointName.FULL_NAME) {
                    addUris(GeneralNames.getInstance(name.getName()).getNames(), urls);
                }
            }
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        return urls;
    }

    static List<URI> ocspResponders(X509CertificateHolder certificate) {
        List<URI> urls = new ArrayList<>();
        Extensions extensions = certificate.getExtensions();
        try {
            AuthorityInformationAccess access = extensions == null ? null
                    : AuthorityInformationAccess.fromExtensions(extensions);
            if (access == null) {
                return urls;
            }
            for (AccessDescription description : access.getAccessDescriptions()) {
                if (AccessDescription.id_ad_ocsp.equals(description.getAccessMethod())) {
                    addUris(new GeneralName[] {description.getAccessLocation()}, urls);
                }
            }
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        return urls;
    }

    private static void addUris(GeneralName[] names, List<URI> urls) {
        for (GeneralName name : names) {
            if (name.getTagNo() != GeneralName.uniformResourceIdentifier) {
                continue;
            }
            try {
                URI uri = new URI(ASN1IA5String.getInstance(name.getName()).getString());
                if (RevocationHttp.fetchable(uri)) {
                    urls.add(uri);
                }
            } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                // A malformed URI cannot be fetched; the BR rules report its syntax.
            }
        }
    }
}
