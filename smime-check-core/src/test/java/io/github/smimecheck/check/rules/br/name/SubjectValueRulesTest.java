package io.github.smimecheck.check.rules.br.name;

import static io.github.smimecheck.check.testing.TestCertificates.directoryName;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.testing.TestCertificates;
import java.util.List;
import java.util.stream.Stream;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SubjectValueRulesTest {

    private static final String DEPENDENCY = "smbr.subject.dependent_attribute_without_required";
    private static final String COUNTRY = "smbr.subject.country_code_invalid";
    private static final String INSIGNIFICANT = "smbr.subject.attribute_value_insignificant";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("pseudonym alone", new PseudonymWithPersonalNameRule(), "PSEUDONYM=Mark", List.of()),
                Arguments.of("pseudonym with given name", new PseudonymWithPersonalNameRule(),
                        "PSEUDONYM=Mark,GIVENNAME=Hanako", List.of("smbr.subject.pseudonym_with_personal_name")),
                Arguments.of("pseudonym with surname", new PseudonymWithPersonalNameRule(),
                        "PSEUDONYM=Mark,SURNAME=Yamada", List.of("smbr.subject.pseudonym_with_personal_name")),
                Arguments.of("street with locality and country", new AttributeDependencyRule(),
                        "STREET=1 Main St,L=London,C=GB", List.of()),
                Arguments.of("street without locality or state", new AttributeDependencyRule(),
                        "STREET=1 Main St,C=GB", List.of(DEPENDENCY)),
                Arguments.of("state without country", new AttributeDependencyRule(), "ST=Bavaria", List.of(DEPENDENCY)),
                Arguments.of("locality without country", new AttributeDependencyRule(), "L=Munich", List.of(DEPENDENCY)),
                Arguments.of("postal code without country", new AttributeDependencyRule(), "PostalCode=80331",
                        List.of(DEPENDENCY)),
                Arguments.of("country code de", new CountryCodeRule(), "C=DE", List.of()),
                Arguments.of("country code xx", new CountryCodeRule(), "C=XX", List.of()),
                Arguments.of("country code xg", new CountryCodeRule(), "C=XG", List.of(COUNTRY)),
                Arguments.of("country code lower case", new CountryCodeRule(), "C=us", List.of(COUNTRY)),
                Arguments.of("country code zz", new CountryCodeRule(), "C=ZZ", List.of(COUNTRY)),
                Arguments.of("value with letters", new InsignificantAttributeValueRule(), "O=A.B.", List.of()),
                Arguments.of("value only a dot", new InsignificantAttributeValueRule(), "O=.", List.of(INSIGNIFICANT)),
                Arguments.of("value only dashes and spaces", new InsignificantAttributeValueRule(), "OU=- -",
                        List.of(INSIGNIFICANT)),
                Arguments.of("value only zero-width space", new InsignificantAttributeValueRule(), "OU=\u200B",
                        List.of(INSIGNIFICANT)),
                Arguments.of("value only a currency sign", new InsignificantAttributeValueRule(), "OU=$", List.of()),
                Arguments.of("single-valued rdns", new MultiValuedRdnRule(), "CN=Alice,O=Acme", List.of()),
                Arguments.of("multi-valued rdn", new MultiValuedRdnRule(), "CN=Alice+O=Acme",
                        List.of("smbr.subject.multi_valued_rdn")),
                Arguments.of("email address valid", new EmailAddressAttributeRule(), "E=alice@example.com", List.of()),
                Arguments.of("email address without domain", new EmailAddressAttributeRule(), "E=hanako.yamada",
                        List.of("smbr.subject.email_address_invalid")),
                Arguments.of("email address list", new EmailAddressAttributeRule(),
                        "E=alice@example.com\\, bob@example.com", List.of("smbr.subject.email_address_invalid")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExpectedCodes(String name, Rule rule, String subject, List<String> expected) {
        assertThat(RuleCheck.codes(rule, TestCertificates.smime().subject(subject)))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void emailAddressAsUtf8StringRejected() {
        X500Name subject = new X500NameBuilder().addRDN(BCStyle.EmailAddress, new DERUTF8String("alice@example.com"))
                .build();

        assertThat(RuleCheck.codes(new EmailAddressAttributeRule(), TestCertificates.smime().subject(subject)))
                .containsExactly("smbr.subject.email_address_invalid");
    }

    @Test
    void dependencyCheckedInDirectoryName() {
        TestCertificates certificate = TestCertificates.smime()
                .subjectAltNames(directoryName(new X500Name("L=Munich")));

        assertThat(RuleCheck.codes(new AttributeDependencyRule(), certificate)).containsExactly(DEPENDENCY);
    }
}
