package io.github.smimecheck.check.rules.br.name;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;
import java.util.Optional;

/**
 * Each rfc822Name must be an ASCII mailbox address, {@code local-part@domain} as RFC 5321
 * section 4.1.2 defines it (RFC 5280 section 4.2.1.6), with a domain name of at most 253
 * characters. S/MIME BR 7.1.4.2.1 requires the mailbox address in this form.
 */
public final class Rfc822NameSyntaxRule extends NameRule {

    public static final FindingCode INVALID = FindingCode.error("smbr.san.rfc822_name_invalid",
            "S/MIME BR 7.1.4.2.1", "An rfc822Name in the subjectAltName is not a valid mailbox address.");

    @Override
    public List<FindingCode> codes() {
        return List.of(INVALID);
    }

    @Override
    public void check(CertificateUnderTest certificate, FindingSink findings) {
        List<String> addresses = SubjectAltName.of(certificate).map(SubjectAltName::rfc822Names).orElse(List.of());
        for (String address : addresses) {
            Optional<String> problem = MailboxAddress.rfc822Problem(address);
            problem.ifPresent(reason -> findings.report(INVALID, "rfc822Name \"" + address + "\" is not a valid"
                    + " mailbox address: " + reason + "; expected local-part@domain in ASCII; reissue with the"
                    + " validated mailbox address"));
        }
    }
}
