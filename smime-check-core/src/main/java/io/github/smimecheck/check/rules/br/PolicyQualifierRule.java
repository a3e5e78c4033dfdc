package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.PolicyQualifierId;
import org.bouncycastle.asn1.x509.PolicyQualifierInfo;
import org.bouncycastle.asn1.x509.UserNotice;

/**
 * Policy qualifiers: a CPS pointer (id-qt-cps) must be an HTTP or HTTPS URL, and a user notice
 * (id-qt-unotice) must contain explicitText and no noticeRef (S/MIME BR 7.1.2.3 a). explicitText
 * must not be an IA5String (RFC 5280 4.2.1.4 as replaced by RFC 6818 3, which accepts UTF8String,
 * VisibleString and BMPString).
 */
public final class PolicyQualifierRule extends SmimeProfileRule {

    private static final String SECTION = "S/MIME BR 7.1.2.3 a";

    public static final FindingCode CPS_URI_NOT_HTTP = FindingCode.error("smbr.policy.cps_uri_not_http", SECTION,
            "A CPS qualifier is not an HTTP or HTTPS URL.");
    public static final FindingCode EXPLICIT_TEXT_MISSING = FindingCode.error("smbr.policy.explicit_text_missing",
            SECTION, "A userNotice qualifier has no explicitText.");
    public static final FindingCode EXPLICIT_TEXT_IA5_STRING = FindingCode.error("smbr.policy.explicit_text_ia5string",
            "RFC 6818 3", "A userNotice explicitText is encoded as IA5String.");
    public static final FindingCode NOTICE_REF_PRESENT = FindingCode.error("smbr.policy.notice_ref_present",
            SECTION, "A userNotice qualifier contains a noticeRef.");

    @Override
    protected List<FindingCode> profileCodes() {
        return List.of(CPS_URI_NOT_HTTP, EXPLICIT_TEXT_MISSING, EXPLICIT_TEXT_IA5_STRING, NOTICE_REF_PRESENT);
    }

    @Override
    protected void checkProfile(CertificateUnderTest certificate, FindingSink findings) {
        Extension extension = certificate.extension(Extension.certificatePolicies);
        if (extension == null) {
            return;
        }
        CertificatePolicies policies = CertificatePolicies.getInstance(
                certificate.extensionValue(Extension.certificatePolicies));
        for (PolicyInformation information : policies.getPolicyInformation()) {
            ASN1Sequence qualifiers = information.getPolicyQualifiers();
            if (qualifiers == null) {
                continue;
            }
            for (int i = 0; i < qualifiers.size(); i++) {
                checkQualifier(PolicyQualifierInfo.getInstance(qualifiers.getObjectAt(i)), findings);
            }
        }
    }

    private static void checkQualifier(PolicyQualifierInfo qualifier, FindingSink findings) {
        if (PolicyQualifierId.id_qt_cps.equals(qualifier.getPolicyQualifierId())) {
            String uri = qualifier.getQualifier() instanceof ASN1String text ? text.getString() : "";
            String lower = uri.toLowerCase(Locale.ROOT);
            if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
                findings.report(CPS_URI_NOT_HTTP, "CPS qualifier is '" + uri + "'; expected an http:// or https://"
                        + " URL; reissue with an HTTP(S) CPS URL");
            }
        } else if (PolicyQualifierId.id_qt_unotice.equals(qualifier.getPolicyQualifierId())) {
            checkUserNotice(UserNotice.getInstance(qualifier.getQualifier()), findings);
        }
    }

    private static void checkUserNotice(UserNotice notice, FindingSink findings) {
        if (notice.getNoticeRef() != null) {
            findings.report(NOTICE_REF_PRESENT, "userNotice contains a noticeRef; expected explicitText only;"
                    + " reissue without noticeRef");
        }
        if (notice.getExplicitText() == null) {
            findings.report(EXPLICIT_TEXT_MISSING, "userNotice has no explicitText; expected the notice text itself;"
                    + " reissue with explicitText");
        } else if (notice.getExplicitText().toASN1Primitive() instanceof ASN1IA5String) {
            findings.report(EXPLICIT_TEXT_IA5_STRING, "userNotice explicitText is an IA5String; expected UTF8String;"
                    + " reissue with a UTF8String explicitText");
        }
    }
}
