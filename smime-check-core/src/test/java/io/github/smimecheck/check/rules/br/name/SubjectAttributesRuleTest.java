package io.github.smimecheck.check.rules.br.name;

import static io.github.smimecheck.check.testing.TestCertificates.directoryName;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.testing.TestCertificates;
import java.util.List;
import java.util.stream.Stream;
import org.bouncycastle.asn1.x500.X500Name;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SubjectAttributesRuleTest {

    private static final String ORGANIZATION = "CN=Acme Ltd,O=Acme Ltd,organizationIdentifier=NTRGB-12345678,C=GB";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("mailbox with common name", "MAILBOX/STRICT", "CN=alice@example.com", List.of()),
                Arguments.of("mailbox with serial number and email", "MAILBOX/LEGACY",
                        "E=alice@example.com,SERIALNUMBER=42", List.of()),
                Arguments.of("mailbox with organization", "MAILBOX/STRICT", "CN=alice@example.com,O=Acme",
                        List.of("smbr.subject.attribute_prohibited")),
                Arguments.of("mailbox with description in legacy", "MAILBOX/LEGACY", "CN=alice@example.com,2.5.4.13=x",
                        List.of("smbr.subject.other_attribute_prohibited")),
                Arguments.of("organization complete", "ORGANIZATION/STRICT", ORGANIZATION, List.of()),
                Arguments.of("organization without identifier", "ORGANIZATION/MULTIPURPOSE", "O=Acme Ltd,C=GB",
                        List.of("smbr.subject.required_attribute_missing")),
                Arguments.of("organization with street in strict", "ORGANIZATION/STRICT",
                        ORGANIZATION + ",L=London,STREET=1 Main St", List.of("smbr.subject.attribute_prohibited")),
                Arguments.of("organization with street in multipurpose", "ORGANIZATION/MULTIPURPOSE",
                        ORGANIZATION + ",L=London,STREET=1 Main St", List.of()),
                Arguments.of("organization with description in legacy", "ORGANIZATION/LEGACY",
                        ORGANIZATION + ",2.5.4.13=x", List.of()),
                Arguments.of("organization with description in multipurpose", "ORGANIZATION/MULTIPURPOSE",
                        ORGANIZATION + ",2.5.4.13=x", List.of("smbr.subject.other_attribute_prohibited")),
                Arguments.of("organization with given name", "ORGANIZATION/STRICT", ORGANIZATION + ",GIVENNAME=Al",
                        List.of("smbr.subject.attribute_prohibited")),
                Arguments.of("sponsored with surname", "SPONSORED/STRICT", ORGANIZATION + ",SURNAME=Smith", List.of()),
                Arguments.of("sponsored without personal name", "SPONSORED/STRICT", ORGANIZATION,
                        List.of("smbr.subject.personal_name_missing")),
                Arguments.of("sponsored legacy with common name only", "SPONSORED/LEGACY", ORGANIZATION, List.of()),
                Arguments.of("individual with pseudonym", "INDIVIDUAL/MULTIPURPOSE", "CN=Mark,PSEUDONYM=Mark",
                        List.of()),
                Arguments.of("individual with common name only", "INDIVIDUAL/MULTIPURPOSE", "CN=Hanako Yamada",
                        List.of("smbr.subject.personal_name_missing")),
                Arguments.of("individual legacy with common name only", "INDIVIDUAL/LEGACY", "CN=Hanako Yamada",
                        List.of()),
                Arguments.of("individual legacy without any name", "INDIVIDUAL/LEGACY", "E=alice@example.com",
                        List.of("smbr.subject.personal_name_missing")),
                Arguments.of("individual with organization", "INDIVIDUAL/LEGACY", "SURNAME=Yamada,O=Acme",
                        List.of("smbr.subject.attribute_prohibited")),
                Arguments.of("individual with postal code in strict", "INDIVIDUAL/STRICT",
                        "SURNAME=Yamada,PostalCode=12345,C=JP", List.of("smbr.subject.attribute_prohibited")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExpectedCodes(String name, String type, String subject, List<String> expected) {
        TestCertificates certificate = TestCertificates.smime().type(type).subject(subject);

        assertThat(RuleCheck.codes(new SubjectAttributesRule(), certificate))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void directoryNameIsCheckedLikeSubject() {
        TestCertificates certificate = TestCertificates.smime().type("MAILBOX/STRICT")
                .subjectAltNames(directoryName(new X500Name("CN=alice@example.com,O=Acme")));

        List<Finding> findings = RuleCheck.findings(new SubjectAttributesRule(), certificate);

        assertThat(findings).extracting(Finding::message).singleElement().asString()
                .startsWith("subjectAltName directoryName 1 contains organizationName (2.5.4.10)");
    }

    @Test
    void missingAttributeMessageNamesTypeAndAttribute() {
        TestCertificates certificate = TestCertificates.smime().type("ORGANIZATION/STRICT").subject("O=Acme,C=GB");

        List<Finding> findings = RuleCheck.findings(new SubjectAttributesRule(), certificate);

        assertThat(findings).extracting(Finding::message).singleElement().asString()
                .contains("organizationIdentifier (2.5.4.97)", "ORGANIZATION/STRICT");
    }

    @Test
    void unknownTypeIsSkipped() {
        TestCertificates certificate = TestCertificates.smime().noPolicies().subject("O=Acme,SURNAME=Smith");

        assertThat(RuleCheck.codes(new SubjectAttributesRule(), certificate)).isEmpty();
    }
}
