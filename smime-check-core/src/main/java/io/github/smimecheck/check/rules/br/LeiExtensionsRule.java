package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.classify.ValidationType;
import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.Extension;

/**
 * The Legal Entity Identifier extensions (S/MIME BR 7.1.2.3 l): the LEI extension
 * (1.3.6.1.4.1.52266.1) is allowed only in organization- and sponsor-validated certificates, the
 * role extension (1.3.6.1.4.1.52266.2) only in sponsor-validated ones, and neither may be critical.
 * With an unknown type the presence checks are skipped.
 */
public final class LeiExtensionsRule extends SmimeProfileRule {

    private static final String SECTION = "S/MIME BR 7.1.2.3 l";
    static final ASN1ObjectIdentifier LEI = new ASN1ObjectIdentifier("1.3.6.1.4.1.52266.1");
    static final ASN1ObjectIdentifier LEI_ROLE = new ASN1ObjectIdentifier("1.3.6.1.4.1.52266.2");

    public static final FindingCode LEI_PROHIBITED = FindingCode.error("smbr.lei.prohibited", SECTION,
            "The LEI extension is present in a mailbox- or individual-validated certificate.");
    public static final FindingCode LEI_CRITICAL = FindingCode.error("smbr.lei.critical", SECTION,
            "The LEI extension is marked critical.");
    public static final FindingCode ROLE_PROHIBITED = FindingCode.error("smbr.lei.role_prohibited", SECTION,
            "The LEI role extension is present in a certificate that is not sponsor-validated.");
    public static final FindingCode ROLE_CRITICAL = FindingCode.error("smbr.lei.role_critical", SECTION,
            "The LEI role extension is marked critical.");

    @Override
    protected List<FindingCode> profileCodes() {
        return List.of(LEI_PROHIBITED, LEI_CRITICAL, ROLE_PROHIBITED, ROLE_CRITICAL);
    }

    @Override
    protected void checkProfile(CertificateUnderTest certificate, FindingSink findings) {
        ValidationType type = certificate.smimeType().map(value -> value.validationType()).orElse(null);

        Extension lei = certificate.extension(LEI);
        if (lei != null) {
            if (type == ValidationType.MAILBOX || type == ValidationType.INDIVIDUAL) {
                findings.report(LEI_PROHIBITED, "LEI extension (" + LEI + ") is present in a " + type + " certificate;"
                        + " only organization- and sponsor-validated certificates may carry it; reissue without it");
            } else if (lei.isCritical()) {
                findings.report(LEI_CRITICAL, "LEI extension is critical; expected non-critical; reissue the"
                        + " certificate");
            }
        }

        Extension role = certificate.extension(LEI_ROLE);
        if (role != null) {
            if (type != null && type != ValidationType.SPONSORED) {
                findings.report(ROLE_PROHIBITED, "LEI role extension (" + LEI_ROLE + ") is present in a " + type
                        + " certificate; only sponsor-validated certificates may carry it; reissue without it");
            } else if (role.isCritical()) {
                findings.report(ROLE_CRITICAL, "LEI role extension is critical; expected non-critical; reissue the"
                        + " certificate");
            }
        }
    }
}
