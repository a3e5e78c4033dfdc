package io.github.smimecheck.check.rules.br.name;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;
import java.util.Optional;

/**
 * Every mailbox address in the subject or in a directoryName of the subjectAltName must be repeated
 * as an rfc822Name or SmtpUTF8Mailbox of the subjectAltName (S/MIME BR 7.1.4.2.1). The check covers
 * every emailAddress attribute and every other attribute, commonName included, whose value is a
 * mailbox address. Local parts compare exactly and domains ignoring case.
 */
public final class MailboxRepeatedInSanRule extends NameRule {

    public static final FindingCode NOT_IN_SAN = FindingCode.error("smbr.san.mailbox_not_repeated",
            "S/MIME BR 7.1.4.2.1",
            "A mailbox address in the subject or a directoryName is not repeated in the subjectAltName.");

    @Override
    public List<FindingCode> codes() {
        return List.of(NOT_IN_SAN);
    }

    @Override
    public void check(CertificateUnderTest certificate, FindingSink findings) {
        Optional<SubjectAltName> san = SubjectAltName.of(certificate);
        List<String> sanAddresses = san.map(SubjectAltName::mailboxAddresses).orElse(List.of());

        for (DistinguishedName name : NamesUnderTest.all(certificate)) {
            for (NameAttribute attribute : name.attributes()) {
                if (!containsMailbox(attribute) || isRepeated(attribute.text(), sanAddresses)) {
                    continue;
                }
                String where = san.isEmpty() ? "the certificate has no subjectAltName" : "it is not an rfc822Name"
                        + " or SmtpUTF8Mailbox of the subjectAltName";
                findings.report(NOT_IN_SAN, name.label() + " " + attribute.display() + " contains a mailbox address"
                        + " but " + where + "; reissue with the address repeated in the subjectAltName, or without it"
                        + " in the " + name.label());
            }
        }
    }

    private static boolean containsMailbox(NameAttribute attribute) {
        if (attribute.text() == null) {
            return false;
        }
        return AttributeTypes.EMAIL_ADDRESS.equals(attribute.type()) || MailboxAddress.isMailbox(attribute.text());
    }

    private static boolean isRepeated(String address, List<String> sanAddresses) {
        return sanAddresses.stream().anyMatch(candidate -> MailboxAddress.sameMailbox(candidate, address));
    }
}
