package io.github.smimecheck.check.rules.br.name;

import io.github.smimecheck.check.classify.Generation;
import io.github.smimecheck.check.classify.SmimeType;
import io.github.smimecheck.check.classify.ValidationType;
import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;
import java.util.Optional;

/**
 * A commonName must copy a value from an allowed source (S/MIME BR 7.1.4.2.2 a). Every type may
 * use a mailbox address of the subjectAltName. Organization-validated certificates may also use an
 * organizationName of the same name, and sponsor- and individual-validated certificates the
 * pseudonym or a personal name. When a pseudonym attribute is present the commonName must copy
 * it, because a personal name and a pseudonym exclude each other. A personal name cannot be
 * compared with givenName and surname, because the BR allows any meaningful presentation, so a
 * commonName is accepted as a personal name whenever givenName or surname is present, and always
 * in the legacy generation. Values compare exactly, case included. Skipped when the certificate
 * type is unknown.
 */
public final class CommonNameSourceRule extends NameRule {

    public static final FindingCode UNKNOWN_SOURCE = FindingCode.error("smbr.subject.common_name_unknown_source",
            "S/MIME BR 7.1.4.2.2 a", "The commonName does not copy a mailbox address or another allowed value.");

    @Override
    public List<FindingCode> codes() {
        return List.of(UNKNOWN_SOURCE);
    }

    @Override
    public void check(CertificateUnderTest certificate, FindingSink findings) {
        Optional<SmimeType> type = certificate.smimeType();
        if (type.isEmpty()) {
            return;
        }
        List<String> mailboxes = SubjectAltName.of(certificate).map(SubjectAltName::mailboxAddresses)
                .orElse(List.of());

        for (DistinguishedName name : NamesUnderTest.all(certificate)) {
            for (String commonName : name.texts(AttributeTypes.COMMON_NAME)) {
                boolean isMailbox = mailboxes.stream().anyMatch(mailbox -> MailboxAddress.sameMailbox(mailbox,
                        commonName));
                if (!isMailbox && !isAllowedName(type.get(), name, commonName)) {
                    findings.report(UNKNOWN_SOURCE, name.label() + " commonName \"" + commonName + "\" is not a"
                            + " mailbox address of the subjectAltName" + otherSources(type.get().validationType())
                            + "; reissue with the commonName copied from one of these values");
                }
            }
        }
    }

    private static boolean isAllowedName(SmimeType type, DistinguishedName name, String commonName) {
        return switch (type.validationType()) {
            case MAILBOX -> false;
            case ORGANIZATION -> name.texts(AttributeTypes.ORGANIZATION_NAME).contains(commonName);
            case SPONSORED, INDIVIDUAL -> isPseudonymOrPersonalName(type, name, commonName);
        };
    }

    /**
     * A pseudonym attribute rules out a personal name in the commonName, so the commonName must
     * then copy the pseudonym. A name that mixes pseudonym with givenName or surname is left to
     * {@link PseudonymWithPersonalNameRule}.
     */
    private static boolean isPseudonymOrPersonalName(SmimeType type, DistinguishedName name, String commonName) {
        boolean personalName = name.has(AttributeTypes.GIVEN_NAME) || name.has(AttributeTypes.SURNAME);
        if (name.has(AttributeTypes.PSEUDONYM) && !personalName) {
            return name.texts(AttributeTypes.PSEUDONYM).contains(commonName);
        }
        return type.generation() == Generation.LEGACY || personalName;
    }

    private static String otherSources(ValidationType validationType) {
        return switch (validationType) {
            case MAILBOX -> "";
            case ORGANIZATION -> " nor the organizationName";
            case SPONSORED, INDIVIDUAL -> " nor the pseudonym, and no givenName or surname shows it is a personal"
                    + " name";
        };
    }
}
