package io.github.smimecheck.check.rules.br.name;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1IA5String;

/**
 * An emailAddress attribute must contain a single mailbox address (S/MIME BR 7.1.4.2.2 h), encoded
 * as IA5String as RFC 5280 (appendix A.1) defines the attribute, so only ASCII addresses fit.
 * A list of addresses or a display name fails the mailbox syntax.
 */
public final class EmailAddressAttributeRule extends NameRule {

    public static final FindingCode INVALID = FindingCode.error("smbr.subject.email_address_invalid",
            "S/MIME BR 7.1.4.2.2 h", "An emailAddress attribute does not contain a single valid mailbox address.");

    @Override
    public List<FindingCode> codes() {
        return List.of(INVALID);
    }

    @Override
    public void check(CertificateUnderTest certificate, FindingSink findings) {
        forEachAttribute(certificate, AttributeTypes.EMAIL_ADDRESS,
                (name, attribute) -> checkOne(name, attribute, findings));
    }

    private static void checkOne(DistinguishedName name, NameAttribute attribute, FindingSink findings) {
        if (!(attribute.rawValue() instanceof ASN1IA5String)) {
            findings.report(INVALID, name.label() + " " + attribute.display() + " is not encoded as IA5String;"
                    + " reissue with the address as IA5String");
            return;
        }
        Optional<String> problem = MailboxAddress.rfc822Problem(attribute.text());
        problem.ifPresent(reason -> findings.report(INVALID, name.label() + " " + attribute.display()
                + " is not a single valid mailbox address: " + reason + "; reissue with one validated address"));
    }
}
