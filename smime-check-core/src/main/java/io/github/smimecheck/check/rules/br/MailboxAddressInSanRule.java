package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;

/**
 * The subjectAltName extension must be present and hold at least one mailbox address, as an
 * rfc822Name or an otherName of type id-on-SmtpUTF8Mailbox (S/MIME BR 7.1.2.3 h). A
 * subjectAltName that does not decode as GeneralNames is reported as {@link #UNDECODABLE}.
 */
public final class MailboxAddressInSanRule extends SmimeProfileRule {

    public static final FindingCode SAN_MISSING = FindingCode.error("smbr.san.missing", "S/MIME BR 7.1.2.3 h",
            "The subjectAltName extension is missing.");
    public static final FindingCode NO_MAILBOX = FindingCode.error("smbr.san.no_mailbox_address",
            "S/MIME BR 7.1.2.3 h", "The subjectAltName has no rfc822Name and no SmtpUTF8Mailbox otherName.");

    /** id-on-SmtpUTF8Mailbox from RFC 8398. */
    static final ASN1ObjectIdentifier SMTP_UTF8_MAILBOX = new ASN1ObjectIdentifier("1.3.6.1.5.5.7.8.9");

    @Override
    protected List<FindingCode> profileCodes() {
        return List.of(SAN_MISSING, NO_MAILBOX);
    }

    @Override
    protected void checkProfile(CertificateUnderTest certificate, FindingSink findings) {
        GeneralNames names = GeneralNames.fromExtensions(certificate.extensions(), Extension.subjectAlternativeName);
        if (names == null) {
            findings.report(SAN_MISSING, "no subjectAltName extension; expected one with the mailbox address as"
                    + " rfc822Name; reissue the certificate");
            return;
        }
        for (GeneralName name : names.getNames()) {
            if (name.getTagNo() == GeneralName.rfc822Name || isSmtpUtf8Mailbox(name)) {
                return;
            }
        }
        findings.report(NO_MAILBOX, "subjectAltName holds no rfc822Name or SmtpUTF8Mailbox; add the mailbox address"
                + " and reissue the certificate");
    }

    private static boolean isSmtpUtf8Mailbox(GeneralName name) {
        if (name.getTagNo() != GeneralName.otherName) {
            return false;
        }
        ASN1Sequence otherName = ASN1Sequence.getInstance(name.getName());
        return SMTP_UTF8_MAILBOX.equals(otherName.getObjectAt(0));
    }
}
