package io.github.smimecheck.check.rules.br.name;

import static io.github.smimecheck.check.testing.TestCertificates.directoryName;
import static io.github.smimecheck.check.testing.TestCertificates.smtpUtf8Mailbox;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.testing.TestCertificates;
import java.util.List;
import java.util.stream.Stream;
import org.bouncycastle.asn1.x500.X500Name;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CommonNameSourceRuleTest {

    private static final List<String> UNKNOWN = List.of("smbr.subject.common_name_unknown_source");

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("mailbox copies rfc822 name", "MAILBOX/STRICT", TestCertificates.smime(), List.of()),
                Arguments.of("mailbox copies smtp utf8 mailbox", "MAILBOX/MULTIPURPOSE", TestCertificates.smime()
                        .subject("CN=山田@example.com").subjectAltNames(smtpUtf8Mailbox("山田@example.com")), List.of()),
                Arguments.of("mailbox with other address", "MAILBOX/STRICT",
                        TestCertificates.smime().subject("CN=bob@example.com"), UNKNOWN),
                Arguments.of("mailbox with personal name", "MAILBOX/LEGACY",
                        TestCertificates.smime().subject("CN=Alice"), UNKNOWN),
                Arguments.of("organization copies organization name", "ORGANIZATION/STRICT",
                        TestCertificates.smime().subject("CN=Acme Ltd,O=Acme Ltd"), List.of()),
                Arguments.of("organization name in other case", "ORGANIZATION/STRICT",
                        TestCertificates.smime().subject("CN=ACME LTD,O=Acme Ltd"), UNKNOWN),
                Arguments.of("individual copies pseudonym", "INDIVIDUAL/STRICT",
                        TestCertificates.smime().subject("CN=Mark Twain,PSEUDONYM=Mark Twain"), List.of()),
                Arguments.of("individual pseudonym in other case", "INDIVIDUAL/STRICT",
                        TestCertificates.smime().subject("CN=MARK TWAIN,PSEUDONYM=Mark Twain"), UNKNOWN),
                Arguments.of("legacy individual personal name beside pseudonym", "INDIVIDUAL/LEGACY",
                        TestCertificates.smime().subject("CN=Hanako Yamada,PSEUDONYM=Mark Twain"), UNKNOWN),
                Arguments.of("legacy individual common name only", "INDIVIDUAL/LEGACY",
                        TestCertificates.smime().subject("CN=Hanako Yamada"), List.of()),
                Arguments.of("individual personal name with surname", "SPONSORED/MULTIPURPOSE",
                        TestCertificates.smime().subject("CN=Hanako Yamada,SURNAME=Yamada"), List.of()),
                Arguments.of("individual name without name attributes", "INDIVIDUAL/MULTIPURPOSE",
                        TestCertificates.smime().subject("CN=Hanako Yamada"), UNKNOWN),
                Arguments.of("directory name common name checked", "MAILBOX/STRICT", TestCertificates.smime()
                        .subjectAltNames(directoryName(new X500Name("CN=someone else"))), UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExpectedCodes(String name, String type, TestCertificates certificate, List<String> expected) {
        assertThat(RuleCheck.codes(new CommonNameSourceRule(), certificate.type(type)))
                .containsExactlyInAnyOrderElementsOf(expected);
    }
}
