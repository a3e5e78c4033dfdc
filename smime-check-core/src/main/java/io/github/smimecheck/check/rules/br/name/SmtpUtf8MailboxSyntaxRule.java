package io.github.smimecheck.check.rules.br.name;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Each otherName of type id-on-SmtpUTF8Mailbox must be encoded as RFC 9598 (which replaced
 * RFC 8398) requires, because S/MIME BR 7.1.4.2.1 refers to it. The value is a UTF8String with a
 * mailbox address whose local part contains non-ASCII characters, since an ASCII-only address
 * belongs in rfc822Name. It has no byte order mark and its domain is in A-label form.
 *
 * <p>NOTE: the lower-case domain check follows pkilint 0.13.3, which reports upper-case domains;
 * the RFC text was not rechecked for this rule.
 */
public final class SmtpUtf8MailboxSyntaxRule extends NameRule {

    private static final String SECTION = "S/MIME BR 7.1.4.2.1";

    public static final FindingCode INVALID = FindingCode.error("smbr.san.smtp_utf8_mailbox_invalid", SECTION,
            "An SmtpUTF8Mailbox is not a UTF8String mailbox address with a valid domain.");
    public static final FindingCode ASCII_ONLY = FindingCode.error("smbr.san.smtp_utf8_mailbox_ascii_only",
            SECTION, "An SmtpUTF8Mailbox has an ASCII-only local part, which belongs in an rfc822Name.");
    public static final FindingCode HAS_BOM = FindingCode.error("smbr.san.smtp_utf8_mailbox_has_bom", SECTION,
            "An SmtpUTF8Mailbox starts with a byte order mark.");
    public static final FindingCode UPPERCASE_DOMAIN = FindingCode.error(
            "smbr.san.smtp_utf8_mailbox_uppercase_domain", SECTION,
            "The domain of an SmtpUTF8Mailbox contains upper-case letters.");

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    @Override
    public List<FindingCode> codes() {
        return List.of(INVALID, ASCII_ONLY, HAS_BOM, UPPERCASE_DOMAIN);
    }

    @Override
    public void check(CertificateUnderTest certificate, FindingSink findings) {
        List<String> addresses = SubjectAltName.of(certificate).map(SubjectAltName::smtpUtf8Mailboxes)
                .orElse(List.of());
        for (String address : addresses) {
            checkOne(address, findings);
        }
    }

    private static void checkOne(String address, FindingSink findings) {
        if (address == null) {
            findings.report(INVALID, "an SmtpUTF8Mailbox value is not a UTF8String; expected the mailbox address"
                    + " as UTF8String; reissue the certificate");
            return;
        }
        if (address.indexOf(BYTE_ORDER_MARK) >= 0) {
            findings.report(HAS_BOM, "SmtpUTF8Mailbox \"" + address + "\" contains a byte order mark (U+FEFF);"
                    + " reissue without it");
            return;
        }

        String localPart = MailboxAddress.localPart(address);
        if (localPart.chars().allMatch(c -> c < 0x80)) {
            findings.report(ASCII_ONLY, "SmtpUTF8Mailbox \"" + address + "\" has an ASCII-only local part;"
                    + " expected such an address as rfc822Name; reissue with an rfc822Name instead");
        }

        Optional<String> problem = MailboxAddress.smtpUtf8Problem(address);
        if (problem.isPresent()) {
            findings.report(INVALID, "SmtpUTF8Mailbox \"" + address + "\" is not a valid mailbox address: "
                    + problem.get() + "; reissue with the validated mailbox address");
            return;
        }

        String domain = MailboxAddress.domain(address);
        if (!domain.equals(domain.toLowerCase(Locale.ROOT))) {
            findings.report(UPPERCASE_DOMAIN, "SmtpUTF8Mailbox \"" + address + "\" has upper-case letters in its"
                    + " domain; expected \"" + domain.toLowerCase(Locale.ROOT) + "\"; reissue with the domain in"
                    + " lower case");
        }
    }
}
