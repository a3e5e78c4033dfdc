package io.github.smimecheck.check.rules.br.name;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.classify.Generation;
import io.github.smimecheck.check.classify.ValidationType;
import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.rules.RuleRegistry;
import io.github.smimecheck.check.rules.RuleRunner;
import io.github.smimecheck.check.rules.Severity;
import io.github.smimecheck.check.testing.TestCertificates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks every name rule the same way: registered, silent on clean certificates, safe on malformed ones. */
class NameRulesContractTest {

    private static final Map<ValidationType, String> CLEAN_SUBJECTS = Map.of(
            ValidationType.MAILBOX, "CN=alice@example.com,E=alice@example.com",
            ValidationType.ORGANIZATION, "CN=Acme Ltd,O=Acme Ltd,organizationIdentifier=NTRGB-12345678,L=London,C=GB",
            ValidationType.SPONSORED, "CN=Alice Smith,GIVENNAME=Alice,SURNAME=Smith,O=Acme Ltd,"
                    + "organizationIdentifier=NTRGB-12345678,C=GB",
            ValidationType.INDIVIDUAL, "CN=Alice Smith,GIVENNAME=Alice,SURNAME=Smith,C=GB");

    static Stream<Arguments> cleanCertificates() {
        List<Arguments> cases = new ArrayList<>();
        for (ValidationType validation : ValidationType.values()) {
            for (Generation generation : Generation.values()) {
                String type = validation + "/" + generation;
                cases.add(Arguments.of(type, TestCertificates.smime().type(type).subject(CLEAN_SUBJECTS.get(validation))));
            }
        }
        return cases.stream();
    }

    @Test
    void everyNameRuleIsRegistered() {
        List<String> registered = RuleRegistry.allRules().stream().map(rule -> rule.getClass().getSimpleName()).toList();

        assertThat(registered).contains("SanCriticalityRule", "SanGeneralNameTypeRule", "Rfc822NameSyntaxRule",
                "SmtpUtf8MailboxSyntaxRule", "UserPrincipalNameSyntaxRule", "MailboxDomainRule", "MailboxRepeatedInSanRule", "EmailAddressAttributeRule",
                "SubjectAttributesRule", "PseudonymWithPersonalNameRule", "CommonNameSourceRule",
                "AttributeDependencyRule", "CountryCodeRule", "InsignificantAttributeValueRule", "MultiValuedRdnRule",
                "AttributeLengthRule", "AttributeEncodingRule",
                "OrganizationIdentifierSyntaxRule", "OrganizationIdentifierCountryRule", "GermanNtrEuidRule",
                "LeiOrganizationIdentifierRule");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cleanCertificates")
    void cleanCertificateHasNoFindings(String type, TestCertificates certificate) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : nameRules()) {
            findings.addAll(RuleCheck.findings(rule, certificate));
        }

        assertThat(findings).isEmpty();
    }

    @Test
    void malformedSubjectAltNameFailsClosed() {
        TestCertificates certificate = TestCertificates.smime().noEmails()
                .extension(Extension.subjectAlternativeName, false, new DERUTF8String("not GeneralNames"));

        List<Finding> findings = runAll(certificate);

        assertThat(findings).isNotEmpty();
        assertThat(findings).allMatch(finding -> finding.severity() == Severity.ERROR);
        assertThat(findings).extracting(Finding::code).containsOnly(RuleRunner.RULE_FAILED.code());
        assertThat(findings).extracting(Finding::message).allMatch(message -> message.contains("subjectAltName"));
    }

    @Test
    void malformedSubjectAltNameStillChecksSubject() {
        TestCertificates certificate = TestCertificates.smime().noEmails().subject("C=ZZ")
                .extension(Extension.subjectAlternativeName, false, new DERUTF8String("not GeneralNames"));

        List<Finding> findings = RuleCheck.findings(new CountryCodeRule(), certificate);

        assertThat(findings).extracting(Finding::code).containsExactly("smbr.subject.country_code_invalid");
    }

    @Test
    void nonStringAttributeValuesDoNotBreakRules() {
        TestCertificates certificate = TestCertificates.smime().type("ORGANIZATION/STRICT").subject(
                new X500NameBuilder().addRDN(BCStyle.CN, new ASN1Integer(1)).addRDN(BCStyle.O, new ASN1Integer(2))
                        .addRDN(BCStyle.ORGANIZATION_IDENTIFIER, new ASN1Integer(3))
                        .addRDN(BCStyle.C, new ASN1Integer(4)).build());

        List<Finding> findings = runAll(certificate);

        assertThat(findings).extracting(Finding::code).doesNotContain(RuleRunner.RULE_FAILED.code())
                .contains("smbr.subject.org_identifier_invalid_encoding", "smbr.subject.country_code_invalid");
    }

    private static List<Finding> runAll(TestCertificates certificate) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : nameRules()) {
            findings.addAll(RuleCheck.findings(rule, certificate));
        }
        return findings;
    }

    private static List<Rule> nameRules() {
        return RuleRegistry.allRules().stream()
                .filter(rule -> rule.getClass().getPackageName().equals(NameRule.class.getPackageName())).toList();
    }
}
