package io.github.smimecheck.check.rules.br.name;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;
import java.util.Optional;

/**
 * Each otherName of type Microsoft user principal name (1.3.6.1.4.1.311.20.2.3) must be a
 * UTF8String of the form {@code user@domain}: a dot-atom or quoted local part, which may contain
 * UTF-8 characters, and a domain name of LDH labels. S/MIME BR 7.1.4.2.1 allows this otherName in
 * legacy and multipurpose certificates, and a value without a domain names no account in any
 * directory. pkilint 0.13.3 reports the same case as {@code msft.invalid_user_principal_name_syntax}.
 */
public final class UserPrincipalNameSyntaxRule extends NameRule {

    public static final FindingCode INVALID = FindingCode.error("smbr.san.user_principal_name_invalid",
            "S/MIME BR 7.1.4.2.1", "A user principal name otherName is not a UTF8String of the form user@domain.");

    @Override
    public List<FindingCode> codes() {
        return List.of(INVALID);
    }

    @Override
    public void check(CertificateUnderTest certificate, FindingSink findings) {
        List<String> names = SubjectAltName.of(certificate).map(SubjectAltName::userPrincipalNames)
                .orElse(List.of());
        for (String name : names) {
            checkOne(name, findings);
        }
    }

    private static void checkOne(String name, FindingSink findings) {
        if (name == null) {
            findings.report(INVALID, "a user principal name otherName is not a UTF8String; expected user@domain"
                    + " as UTF8String; reissue the certificate");
            return;
        }

        Optional<String> problem = MailboxAddress.smtpUtf8Problem(name);
        problem.ifPresent(reason -> findings.report(INVALID, "user principal name \"" + name + "\" is not of the"
                + " form user@domain: " + reason + "; reissue with the UPN of the subscriber's account, or without"
                + " the otherName"));
    }
}
