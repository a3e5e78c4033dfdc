package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.classify.Generation;
import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;

/**
 * The Adobe Time-stamp (1.2.840.113583.1.1.9.1) and ArchiveRevInfo (1.2.840.113583.1.1.9.2)
 * extensions are prohibited in the strict generation and may appear, not critical, in the others
 * (S/MIME BR 7.1.2.3 m). Adobe defines the time-stamp location as a URI GeneralName.
 */
public final class AdobeExtensionsRule extends SmimeProfileRule {

    private static final String SECTION = "S/MIME BR 7.1.2.3 m";
    static final ASN1ObjectIdentifier TIMESTAMP = new ASN1ObjectIdentifier("1.2.840.113583.1.1.9.1");
    static final ASN1ObjectIdentifier ARCHIVE_REV_INFO = new ASN1ObjectIdentifier("1.2.840.113583.1.1.9.2");

    public static final FindingCode PROHIBITED = FindingCode.error("smbr.adobe.prohibited", SECTION,
            "An Adobe Time-stamp or ArchiveRevInfo extension is present in a strict certificate.");
    public static final FindingCode CRITICAL = FindingCode.error("smbr.adobe.critical", SECTION,
            "An Adobe Time-stamp or ArchiveRevInfo extension is marked critical.");
    public static final FindingCode TIMESTAMP_LOCATION_NOT_URI = FindingCode.error(
            "smbr.adobe.timestamp_location_not_uri", SECTION, "The Adobe Time-stamp location is not a URI.");

    @Override
    protected List<FindingCode> profileCodes() {
        return List.of(PROHIBITED, CRITICAL, TIMESTAMP_LOCATION_NOT_URI);
    }

    @Override
    protected void checkProfile(CertificateUnderTest certificate, FindingSink findings) {
        checkOne(certificate, TIMESTAMP, "Adobe Time-stamp", findings);
        checkOne(certificate, ARCHIVE_REV_INFO, "Adobe ArchiveRevInfo", findings);

        Extension timestamp = certificate.extension(TIMESTAMP);
        if (timestamp != null) {
            // AdobeTimestamp ::= SEQUENCE { version INTEGER, location GeneralName, requiresAuth BOOLEAN DEFAULT FALSE }
            ASN1Sequence value = ASN1Sequence.getInstance(certificate.extensionValue(TIMESTAMP));
            GeneralName location = GeneralName.getInstance(value.getObjectAt(1));
            if (location.getTagNo() != GeneralName.uniformResourceIdentifier) {
                findings.report(TIMESTAMP_LOCATION_NOT_URI, "Adobe Time-stamp location is GeneralName type "
                        + GeneralNameTypes.typeName(location.getTagNo()) + "; expected a URI; reissue the certificate");
            }
        }
    }

    private static void checkOne(CertificateUnderTest certificate, ASN1ObjectIdentifier oid, String name,
            FindingSink findings) {
        Extension extension = certificate.extension(oid);
        if (extension == null) {
            return;
        }
        if (generationOrLegacy(certificate) == Generation.STRICT) {
            findings.report(PROHIBITED, name + " extension (" + oid + ") is present in a strict certificate; expected"
                    + " it absent; reissue without it");
        } else if (extension.isCritical()) {
            findings.report(CRITICAL, name + " extension is critical; expected non-critical; reissue the certificate");
        }
    }
}
