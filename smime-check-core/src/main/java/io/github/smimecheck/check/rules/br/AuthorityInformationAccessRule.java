package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.classify.Generation;
import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;

/**
 * authorityInformationAccess should be present (warning), must not be critical, and should hold a
 * caIssuers location (warning). Where OCSP or caIssuers locations are given, at least one of each
 * must be an HTTP URI; in the strict and multipurpose generations every location must be an HTTP
 * URI (S/MIME BR 7.1.2.3 c).
 */
public final class AuthorityInformationAccessRule extends SmimeProfileRule {

    private static final String SECTION = "S/MIME BR 7.1.2.3 c";

    public static final FindingCode MISSING = FindingCode.warning("smbr.aia.missing", SECTION,
            "The authorityInformationAccess extension is missing.");
    public static final FindingCode CRITICAL = FindingCode.error("smbr.aia.critical", SECTION,
            "The authorityInformationAccess extension is marked critical.");
    public static final FindingCode CA_ISSUERS_MISSING = FindingCode.warning("smbr.aia.ca_issuers_missing", SECTION,
            "authorityInformationAccess has no caIssuers location.");
    public static final FindingCode NO_HTTP_URI = FindingCode.error("smbr.aia.no_http_uri", SECTION,
            "The OCSP or caIssuers locations include no HTTP URI.");
    public static final FindingCode PROHIBITED_LOCATION = FindingCode.error("smbr.aia.prohibited_location", SECTION,
            "A strict or multipurpose certificate has an OCSP or caIssuers location that is not an HTTP URI.");

    @Override
    protected List<FindingCode> profileCodes() {
        return List.of(MISSING, CRITICAL, CA_ISSUERS_MISSING, NO_HTTP_URI, PROHIBITED_LOCATION);
    }

    @Override
    protected void checkProfile(CertificateUnderTest certificate, FindingSink findings) {
        Extension extension = certificate.extension(Extension.authorityInfoAccess);
        if (extension == null) {
            findings.report(MISSING, "no authorityInformationAccess extension; expected caIssuers (and OCSP) http://"
                    + " URLs; add it to the certificate profile");
            return;
        }
        if (extension.isCritical()) {
            findings.report(CRITICAL, "authorityInformationAccess is critical; expected non-critical; reissue the"
                    + " certificate");
        }

        AuthorityInformationAccess access = AuthorityInformationAccess.getInstance(
                certificate.extensionValue(Extension.authorityInfoAccess));
        AccessDescription[] descriptions = access.getAccessDescriptions();
        boolean strict = generationOrLegacy(certificate) != Generation.LEGACY;
        List<String> caIssuers = locations(descriptions, AccessDescription.id_ad_caIssuers);
        if (caIssuers.isEmpty()) {
            findings.report(CA_ISSUERS_MISSING, "authorityInformationAccess has no caIssuers location; expected an"
                    + " http:// URL of the issuing CA certificate; add it to the certificate profile");
        }
        checkMethod("caIssuers", caIssuers, strict, findings);
        checkMethod("OCSP", locations(descriptions, AccessDescription.id_ad_ocsp), strict, findings);
    }

    private static void checkMethod(String method, List<String> locations, boolean strict, FindingSink findings) {
        if (locations.isEmpty()) {
            return;
        }
        if (locations.stream().noneMatch(Uris::isHttp)) {
            findings.report(NO_HTTP_URI, method + " locations are " + locations + "; expected at least one http:// URL;"
                    + " reissue with an HTTP " + method + " URL");
        }
        List<String> other = locations.stream().filter(location -> !Uris.isHttp(location)).toList();
        if (strict && !other.isEmpty()) {
            findings.report(PROHIBITED_LOCATION, method + " locations include " + other + "; strict and multipurpose"
                    + " certificates allow only http:// URLs; reissue without them");
        }
    }

    /** Returns each location of the access method: the URI, or the GeneralName type for other names. */
    private static List<String> locations(AccessDescription[] descriptions, ASN1ObjectIdentifier method) {
        List<String> locations = new ArrayList<>();
        for (AccessDescription description : descriptions) {
            if (method.equals(description.getAccessMethod())) {
                GeneralName location = description.getAccessLocation();
                String uri = Uris.uriOf(location);
                locations.add(uri != null ? uri : GeneralNameTypes.typeName(location.getTagNo()));
            }
        }
        return locations;
    }
}
