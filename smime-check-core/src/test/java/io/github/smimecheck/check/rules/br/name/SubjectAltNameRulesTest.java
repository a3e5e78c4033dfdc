package io.github.smimecheck.check.rules.br.name;

import static io.github.smimecheck.check.testing.TestCertificates.directoryName;
import static io.github.smimecheck.check.testing.TestCertificates.otherName;
import static io.github.smimecheck.check.testing.TestCertificates.smtpUtf8Mailbox;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.testing.TestCertificates;
import java.util.List;
import java.util.stream.Stream;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SubjectAltNameRulesTest {

    private static final String UPN = "1.3.6.1.4.1.311.20.2.3";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("clean strict mailbox", new SanCriticalityRule(), TestCertificates.smime(), List.of()),
                Arguments.of("critical san with subject", new SanCriticalityRule(),
                        TestCertificates.smime().subjectAltNameCritical(true), List.of("smbr.san.critical")),
                Arguments.of("critical san with empty subject", new SanCriticalityRule(),
                        TestCertificates.smime().subject(new X500Name(new RDN[0])).subjectAltNameCritical(true),
                        List.of()),
                Arguments.of("non-critical san with empty subject", new SanCriticalityRule(),
                        TestCertificates.smime().subject(new X500Name(new RDN[0])),
                        List.of("smbr.san.not_critical_with_empty_subject")),
                Arguments.of("dns name in san", new SanGeneralNameTypeRule(),
                        TestCertificates.smime().subjectAltNames(new GeneralName(GeneralName.dNSName, "example.com")),
                        List.of("smbr.san.general_name_type_prohibited")),
                Arguments.of("uri in san", new SanGeneralNameTypeRule(), TestCertificates.smime().subjectAltNames(
                        new GeneralName(GeneralName.uniformResourceIdentifier, "https://example.com")),
                        List.of("smbr.san.general_name_type_prohibited")),
                Arguments.of("directory name in san", new SanGeneralNameTypeRule(), TestCertificates.smime()
                        .subjectAltNames(directoryName(new X500Name("CN=alice@example.com"))), List.of()),
                Arguments.of("upn other name in strict", new SanGeneralNameTypeRule(), TestCertificates.smime()
                        .subjectAltNames(otherName(UPN, new DERUTF8String("alice@example.com"))),
                        List.of("smbr.san.other_name_type_prohibited")),
                Arguments.of("upn other name in multipurpose", new SanGeneralNameTypeRule(), TestCertificates.smime()
                        .type("MAILBOX/MULTIPURPOSE").subjectAltNames(otherName(UPN, new DERUTF8String("a@b.c"))),
                        List.of()),
                Arguments.of("smtp utf8 mailbox in strict", new SanGeneralNameTypeRule(),
                        TestCertificates.smime().subjectAltNames(smtpUtf8Mailbox("山田@example.com")), List.of()),
                Arguments.of("rfc822 name without at sign", new Rfc822NameSyntaxRule(),
                        TestCertificates.smime().emails("hanako.yamada"), List.of("smbr.san.rfc822_name_invalid")),
                Arguments.of("rfc822 name with space", new Rfc822NameSyntaxRule(),
                        TestCertificates.smime().emails("alice smith@example.com"),
                        List.of("smbr.san.rfc822_name_invalid")),
                Arguments.of("rfc822 name with quoted local part", new Rfc822NameSyntaxRule(),
                        TestCertificates.smime().emails("\"alice smith\"@example.com"), List.of()),
                Arguments.of("rfc822 name with bad domain label", new Rfc822NameSyntaxRule(),
                        TestCertificates.smime().emails("alice@-example.com"), List.of("smbr.san.rfc822_name_invalid")),
                Arguments.of("rfc822 name with domain too long", new Rfc822NameSyntaxRule(),
                        TestCertificates.smime().emails("alice@" + longDomain()), List.of("smbr.san.rfc822_name_invalid")),
                Arguments.of("smtp utf8 mailbox valid", new SmtpUtf8MailboxSyntaxRule(),
                        TestCertificates.smime().subjectAltNames(smtpUtf8Mailbox("山田@example.com")), List.of()),
                Arguments.of("smtp utf8 mailbox ascii only", new SmtpUtf8MailboxSyntaxRule(),
                        TestCertificates.smime().subjectAltNames(smtpUtf8Mailbox("alice@example.com")),
                        List.of("smbr.san.smtp_utf8_mailbox_ascii_only")),
                Arguments.of("smtp utf8 mailbox with bom", new SmtpUtf8MailboxSyntaxRule(),
                        TestCertificates.smime().subjectAltNames(smtpUtf8Mailbox("\uFEFF山田@example.com")),
                        List.of("smbr.san.smtp_utf8_mailbox_has_bom")),
                Arguments.of("smtp utf8 mailbox upper-case domain", new SmtpUtf8MailboxSyntaxRule(),
                        TestCertificates.smime().subjectAltNames(smtpUtf8Mailbox("山田@Example.com")),
                        List.of("smbr.san.smtp_utf8_mailbox_uppercase_domain")),
                Arguments.of("smtp utf8 mailbox without at sign", new SmtpUtf8MailboxSyntaxRule(),
                        TestCertificates.smime().subjectAltNames(smtpUtf8Mailbox("山田")),
                        List.of("smbr.san.smtp_utf8_mailbox_invalid")),
                Arguments.of("smtp utf8 mailbox with u-label domain", new SmtpUtf8MailboxSyntaxRule(),
                        TestCertificates.smime().subjectAltNames(smtpUtf8Mailbox("山田@例え.jp")),
                        List.of("smbr.san.smtp_utf8_mailbox_invalid")),
                Arguments.of("smtp utf8 mailbox as ia5 string", new SmtpUtf8MailboxSyntaxRule(),
                        TestCertificates.smime().subjectAltNames(otherName("1.3.6.1.5.5.7.8.9",
                                new org.bouncycastle.asn1.DERIA5String("a@example.com"))),
                        List.of("smbr.san.smtp_utf8_mailbox_invalid")),
                Arguments.of("smtp utf8 mailbox not a string", new SmtpUtf8MailboxSyntaxRule(),
                        TestCertificates.smime().subjectAltNames(otherName("1.3.6.1.5.5.7.8.9",
                                new org.bouncycastle.asn1.ASN1Integer(7))),
                        List.of("smbr.san.smtp_utf8_mailbox_invalid")),
                Arguments.of("upn valid", new UserPrincipalNameSyntaxRule(), TestCertificates.smime()
                        .subjectAltNames(otherName(UPN, new DERUTF8String("alice@corp.example.com"))), List.of()),
                Arguments.of("upn with utf8 local part", new UserPrincipalNameSyntaxRule(), TestCertificates.smime()
                        .subjectAltNames(otherName(UPN, new DERUTF8String("山田@corp.example.com"))), List.of()),
                Arguments.of("upn without at sign", new UserPrincipalNameSyntaxRule(), TestCertificates.smime()
                        .subjectAltNames(otherName(UPN, new DERUTF8String("hanako.yamada"))),
                        List.of("smbr.san.user_principal_name_invalid")),
                Arguments.of("upn with empty domain", new UserPrincipalNameSyntaxRule(), TestCertificates.smime()
                        .subjectAltNames(otherName(UPN, new DERUTF8String("alice@"))),
                        List.of("smbr.san.user_principal_name_invalid")),
                Arguments.of("upn with empty user", new UserPrincipalNameSyntaxRule(), TestCertificates.smime()
                        .subjectAltNames(otherName(UPN, new DERUTF8String("@corp.example.com"))),
                        List.of("smbr.san.user_principal_name_invalid")),
                Arguments.of("upn with bad domain label", new UserPrincipalNameSyntaxRule(), TestCertificates.smime()
                        .subjectAltNames(otherName(UPN, new DERUTF8String("alice@corp_example.com"))),
                        List.of("smbr.san.user_principal_name_invalid")),
                Arguments.of("upn as ia5 string", new UserPrincipalNameSyntaxRule(), TestCertificates.smime()
                        .subjectAltNames(otherName(UPN, new org.bouncycastle.asn1.DERIA5String("alice@example.com"))),
                        List.of("smbr.san.user_principal_name_invalid")),
                Arguments.of("two invalid upns", new UserPrincipalNameSyntaxRule(), TestCertificates.smime()
                        .subjectAltNames(otherName(UPN, new DERUTF8String("alice")),
                                otherName(UPN, new DERUTF8String("bob"))),
                        List.of("smbr.san.user_principal_name_invalid", "smbr.san.user_principal_name_invalid")),
                Arguments.of("public mailbox domain", new MailboxDomainRule(), TestCertificates.smime(), List.of()),
                Arguments.of("rfc822 name without at sign has no domain", new MailboxDomainRule(),
                        TestCertificates.smime().emails("hanako.yamada"),
                        List.of("smbr.san.mailbox_domain_not_public")),
                Arguments.of("rfc822 name with empty domain", new MailboxDomainRule(),
                        TestCertificates.smime().emails("alice@"), List.of("smbr.san.mailbox_domain_not_public")),
                Arguments.of("smtp utf8 mailbox without domain", new MailboxDomainRule(),
                        TestCertificates.smime().subjectAltNames(smtpUtf8Mailbox("山田花子")),
                        List.of("smbr.san.mailbox_domain_not_public")),
                Arguments.of("single-label mailbox domain", new MailboxDomainRule(),
                        TestCertificates.smime().emails("alice@localhost"),
                        List.of("smbr.san.mailbox_domain_not_public")),
                Arguments.of("local mailbox domain", new MailboxDomainRule(),
                        TestCertificates.smime().emails("alice@mail.corp.LOCAL"),
                        List.of("smbr.san.mailbox_domain_not_public")),
                Arguments.of("internal mailbox domain", new MailboxDomainRule(),
                        TestCertificates.smime().emails("alice@corp.internal"),
                        List.of("smbr.san.mailbox_domain_not_public")),
                Arguments.of("home arpa mailbox domain", new MailboxDomainRule(),
                        TestCertificates.smime().emails("alice@router.home.arpa"),
                        List.of("smbr.san.mailbox_domain_not_public")),
                Arguments.of("smtp utf8 mailbox test domain", new MailboxDomainRule(),
                        TestCertificates.smime().subjectAltNames(smtpUtf8Mailbox("山田@mail.test")),
                        List.of("smbr.san.mailbox_domain_not_public")),
                Arguments.of("subject email repeated", new MailboxRepeatedInSanRule(),
                        TestCertificates.smime().subject("E=alice@example.com"), List.of()),
                Arguments.of("subject email domain in other case", new MailboxRepeatedInSanRule(),
                        TestCertificates.smime().subject("E=alice@EXAMPLE.com"), List.of()),
                Arguments.of("subject email not repeated", new MailboxRepeatedInSanRule(),
                        TestCertificates.smime().subject("E=bob@example.com"), List.of("smbr.san.mailbox_not_repeated")),
                Arguments.of("subject email local part in other case", new MailboxRepeatedInSanRule(),
                        TestCertificates.smime().subject("E=Alice@example.com"),
                        List.of("smbr.san.mailbox_not_repeated")),
                Arguments.of("common name mailbox not repeated", new MailboxRepeatedInSanRule(),
                        TestCertificates.smime().subject("CN=bob@example.com"), List.of("smbr.san.mailbox_not_repeated")),
                Arguments.of("surname containing a mailbox", new MailboxRepeatedInSanRule(),
                        TestCertificates.smime().subject("SURNAME=Yamada@example.com"),
                        List.of("smbr.san.mailbox_not_repeated")),
                Arguments.of("directory name mailbox not repeated", new MailboxRepeatedInSanRule(),
                        TestCertificates.smime().subjectAltNames(directoryName(new X500Name("E=bob@example.com"))),
                        List.of("smbr.san.mailbox_not_repeated")),
                Arguments.of("subject mailbox repeated as smtp utf8 mailbox", new MailboxRepeatedInSanRule(),
                        TestCertificates.smime().subject("CN=山田@example.com")
                                .subjectAltNames(smtpUtf8Mailbox("山田@example.com")), List.of()),
                Arguments.of("subject email without san", new MailboxRepeatedInSanRule(),
                        TestCertificates.smime().noEmails().subject("E=alice@example.com"),
                        List.of("smbr.san.mailbox_not_repeated")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExpectedCodes(String name, Rule rule, TestCertificates certificate, List<String> expected) {
        assertThat(RuleCheck.codes(rule, certificate)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void mailboxMessageNamesAttributeAndLocation() {
        List<Finding> findings = RuleCheck.findings(new MailboxRepeatedInSanRule(),
                TestCertificates.smime().subjectAltNames(directoryName(new X500Name("E=bob@example.com"))));

        assertThat(findings).singleElement().extracting(Finding::message).asString()
                .contains("subjectAltName directoryName 1", "emailAddress (1.2.840.113549.1.9.1)=\"bob@example.com\"");
    }

    @Test
    void rfc822MessageNamesValueAndReason() {
        List<Finding> findings = RuleCheck.findings(new Rfc822NameSyntaxRule(),
                TestCertificates.smime().emails("hanako.yamada"));

        assertThat(findings).singleElement().extracting(Finding::message).asString()
                .contains("\"hanako.yamada\"", "no '@'");
    }

    @Test
    void upnMessageNamesValueAndReason() {
        List<Finding> findings = RuleCheck.findings(new UserPrincipalNameSyntaxRule(), TestCertificates.smime()
                .subjectAltNames(otherName(UPN, new DERUTF8String("hanako.yamada"))));

        assertThat(findings).singleElement().extracting(Finding::message).asString()
                .contains("\"hanako.yamada\"", "no '@'", "user@domain");
    }

    @Test
    void emptyDomainMessageNamesAddress() {
        List<Finding> findings = RuleCheck.findings(new MailboxDomainRule(), TestCertificates.smime().emails("alice@"));

        assertThat(findings).singleElement().extracting(Finding::message).asString()
                .contains("\"alice@\"", "has no domain");
    }

    @Test
    void otherNameCheckSkippedWithoutType() {
        TestCertificates certificate = TestCertificates.smime().noPolicies()
                .subjectAltNames(otherName(UPN, new DERUTF8String("alice@example.com")));

        assertThat(RuleCheck.codes(new SanGeneralNameTypeRule(), certificate)).isEmpty();
    }

    private static String longDomain() {
        String label = "a".repeat(63);
        return String.join(".", label, label, label, label) + ".com";
    }
}
