package io.github.smimecheck.check.rules.br.name;

import io.github.smimecheck.check.classify.Generation;
import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.OtherName;

/**
 * The subjectAltName may only contain rfc822Name, directoryName and otherName entries
 * (S/MIME BR 7.1.4.2.1 lists these and prohibits entries that do not conform). Legacy and
 * multipurpose certificates may carry otherName entries of any type; strict certificates only
 * id-on-SmtpUTF8Mailbox. The otherName check needs the generation, so it is skipped when the
 * certificate type is unknown.
 */
public final class SanGeneralNameTypeRule extends NameRule {

    public static final FindingCode GENERAL_NAME_TYPE_PROHIBITED = FindingCode.error(
            "smbr.san.general_name_type_prohibited", "S/MIME BR 7.1.4.2.1",
            "The subjectAltName contains a name type other than rfc822Name, directoryName and otherName.");
    public static final FindingCode OTHER_NAME_TYPE_PROHIBITED = FindingCode.error(
            "smbr.san.other_name_type_prohibited", "S/MIME BR 7.1.4.2.1",
            "A strict certificate's subjectAltName contains an otherName that is not id-on-SmtpUTF8Mailbox.");

    private static final Map<Integer, String> TYPE_NAMES = Map.of(
            GeneralName.otherName, "otherName",
            GeneralName.rfc822Name, "rfc822Name",
            GeneralName.dNSName, "dNSName",
            GeneralName.x400Address, "x400Address",
            GeneralName.directoryName, "directoryName",
            GeneralName.ediPartyName, "ediPartyName",
            GeneralName.uniformResourceIdentifier, "uniformResourceIdentifier",
            GeneralName.iPAddress, "iPAddress",
            GeneralName.registeredID, "registeredID");

    @Override
    public List<FindingCode> codes() {
        return List.of(GENERAL_NAME_TYPE_PROHIBITED, OTHER_NAME_TYPE_PROHIBITED);
    }

    @Override
    public void check(CertificateUnderTest certificate, FindingSink findings) {
        Optional<SubjectAltName> san = SubjectAltName.of(certificate);
        if (san.isEmpty()) {
            return;
        }

        for (GeneralName name : san.get().names()) {
            int tag = name.getTagNo();
            if (tag != GeneralName.rfc822Name && tag != GeneralName.directoryName && tag != GeneralName.otherName) {
                findings.report(GENERAL_NAME_TYPE_PROHIBITED, "subjectAltName contains a " + TYPE_NAMES.get(tag)
                        + " entry (" + name.getName() + "); expected only rfc822Name, directoryName or otherName;"
                        + " reissue without it");
            }
        }

        boolean strict = certificate.smimeType().map(type -> type.generation() == Generation.STRICT).orElse(false);
        if (!strict) {
            return;
        }
        for (OtherName otherName : san.get().otherNames()) {
            if (!SubjectAltName.SMTP_UTF8_MAILBOX.equals(otherName.getTypeID())) {
                findings.report(OTHER_NAME_TYPE_PROHIBITED, "subjectAltName contains an otherName of type "
                        + otherName.getTypeID().getId() + "; strict certificates allow only id-on-SmtpUTF8Mailbox"
                        + " (" + SubjectAltName.SMTP_UTF8_MAILBOX.getId() + "); reissue without it or use the"
                        + " multipurpose generation");
            }
        }
    }
}
