package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.classify.Generation;
import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralNames;

/**
 * cRLDistributionPoints must be present (error) and should not be critical (warning); at least one
 * distributionPoint fullName must contain an HTTP URI. In the strict and multipurpose generations
 * every URI must use the HTTP scheme, while legacy certificates may add other schemes such as
 * LDAP or FTP (S/MIME BR 7.1.2.3 b).
 */
public final class CrlDistributionPointsRule extends SmimeProfileRule {

    private static final String SECTION = "S/MIME BR 7.1.2.3 b";

    public static final FindingCode MISSING = FindingCode.error("smbr.crldp.missing", SECTION,
            "The cRLDistributionPoints extension is missing.");
    public static final FindingCode CRITICAL = FindingCode.warning("smbr.crldp.critical", SECTION,
            "The cRLDistributionPoints extension is marked critical.");
    public static final FindingCode NO_HTTP_URI = FindingCode.error("smbr.crldp.no_http_uri", SECTION,
            "No distributionPoint fullName holds an HTTP URI.");
    public static final FindingCode PROHIBITED_SCHEME = FindingCode.error("smbr.crldp.prohibited_uri_scheme", SECTION,
            "A strict or multipurpose certificate has a CRL URI whose scheme is not HTTP.");

    @Override
    protected List<FindingCode> profileCodes() {
        return List.of(MISSING, CRITICAL, NO_HTTP_URI, PROHIBITED_SCHEME);
    }

    @Override
    protected void checkProfile(CertificateUnderTest certificate, FindingSink findings) {
        Extension extension = certificate.extension(Extension.cRLDistributionPoints);
        if (extension == null) {
            findings.report(MISSING, "no cRLDistributionPoints extension; expected one with an http:// URL of the"
                    + " issuing CA's CRL; reissue the certificate");
            return;
        }
        if (extension.isCritical()) {
            findings.report(CRITICAL, "cRLDistributionPoints is critical; expected non-critical; mark it non-critical"
                    + " in the next certificate profile");
        }

        List<String> uris = fullNameUris(CRLDistPoint.getInstance(
                certificate.extensionValue(Extension.cRLDistributionPoints)));
        if (uris.stream().noneMatch(Uris::isHttp)) {
            findings.report(NO_HTTP_URI, "cRLDistributionPoints URIs are " + uris + "; expected at least one http://"
                    + " URL; reissue with an HTTP CRL URL");
        }
        if (generationOrLegacy(certificate) != Generation.LEGACY) {
            List<String> other = uris.stream().filter(uri -> !Uris.isHttp(uri)).toList();
            if (!other.isEmpty()) {
                findings.report(PROHIBITED_SCHEME, "cRLDistributionPoints contains " + other + "; strict and"
                        + " multipurpose certificates allow only http:// URLs; reissue without them");
            }
        }
    }

    static List<String> fullNameUris(CRLDistPoint points) {
        List<String> uris = new ArrayList<>();
        for (DistributionPoint point : points.getDistributionPoints()) {
            DistributionPointName name = point.getDistributionPoint();
            if (name != null && name.getType() == DistributionPointName.FULL_NAME) {
                uris.addAll(Uris.urisOf(GeneralNames.getInstance(name.getName()).getNames()));
            }
        }
        return uris;
    }
}
