package io.github.smimecheck.check.rules.br.name;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.testing.TestCertificates;
import java.util.List;
import java.util.stream.Stream;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OrganizationIdentifierRulesTest {

    /** A Legal Entity Identifier with correct check digits (mod 97 = 1). */
    private static final String VALID_LEI = "5493001KJTIIGC8Y1R12";

    static Stream<Arguments> syntaxCases() {
        return Stream.of(
                Arguments.of("ntr country level", "NTRGB-12345678", List.of()),
                Arguments.of("ntr state level", "NTRUS+CA-12345678", List.of()),
                Arguments.of("ntr three letter state", "NTRFR+75C-123", List.of()),
                Arguments.of("ntr four letter state", "NTRFR+PARI-123",
                        List.of("smbr.subject.org_identifier_invalid_syntax")),
                Arguments.of("psd reference with authority", "PSDBE-NBB-1234.567.890", List.of()),
                Arguments.of("psd reference without authority", "PSDBE-1234.567.890",
                        List.of("smbr.subject.org_identifier_psd_reference_invalid")),
                Arguments.of("vat greece prefix", "VATEL-123456789", List.of()),
                Arguments.of("vat with state", "VATUS+PA-123", List.of("smbr.subject.org_identifier_state_not_allowed")),
                Arguments.of("vat global country", "VATXG-123", List.of("smbr.subject.org_identifier_invalid_country")),
                Arguments.of("lei global", "LEIXG-" + VALID_LEI, List.of()),
                Arguments.of("lei national country", "LEIUS-" + VALID_LEI,
                        List.of("smbr.subject.org_identifier_invalid_country")),
                Arguments.of("lei without reference", "LEIXG", List.of("smbr.subject.org_identifier_reference_missing")),
                Arguments.of("ntr empty reference", "NTRGB-", List.of("smbr.subject.org_identifier_reference_missing")),
                Arguments.of("gov country", "GOVUS", List.of()),
                Arguments.of("gov state", "GOVUS+CA", List.of()),
                Arguments.of("gov without country", "GOV", List.of("smbr.subject.org_identifier_invalid_syntax")),
                Arguments.of("gov global country", "GOVXG", List.of("smbr.subject.org_identifier_invalid_country")),
                Arguments.of("gov with reference", "GOVUS-123",
                        List.of("smbr.subject.org_identifier_reference_not_allowed")),
                Arguments.of("int global", "INTXG", List.of()),
                Arguments.of("int national country", "INTUS", List.of("smbr.subject.org_identifier_invalid_country")),
                Arguments.of("int with reference", "INTXG-123",
                        List.of("smbr.subject.org_identifier_reference_not_allowed")),
                Arguments.of("unknown scheme", "TAXUS-123", List.of("smbr.subject.org_identifier_unknown_scheme")),
                Arguments.of("unknown country", "NTRZZ-123", List.of("smbr.subject.org_identifier_invalid_country")),
                Arguments.of("lower-case scheme", "ntrGB-123", List.of("smbr.subject.org_identifier_invalid_syntax")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxCases")
    void syntaxReportsExpectedCodes(String name, String identifier, List<String> expected) {
        assertThat(codes(new OrganizationIdentifierSyntaxRule(), identifier, null))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<Arguments> otherCases() {
        return Stream.of(
                Arguments.of("country matches", new OrganizationIdentifierCountryRule(), "NTRJP-1", "JP", List.of()),
                Arguments.of("country differs", new OrganizationIdentifierCountryRule(), "NTRUS-1", "JP",
                        List.of("smbr.subject.org_identifier_country_mismatch")),
                Arguments.of("country differs in case", new OrganizationIdentifierCountryRule(), "NTRUS-1", "us",
                        List.of("smbr.subject.org_identifier_country_mismatch")),
                Arguments.of("lei ignores country", new OrganizationIdentifierCountryRule(),
                        "LEIXG-" + VALID_LEI, "JP", List.of()),
                Arguments.of("vat greece with gr", new OrganizationIdentifierCountryRule(), "VATEL-1", "GR", List.of()),
                Arguments.of("vat greece with el", new OrganizationIdentifierCountryRule(), "VATEL-1", "EL",
                        List.of("smbr.subject.org_identifier_country_mismatch")),
                Arguments.of("no country name", new OrganizationIdentifierCountryRule(), "NTRUS-1", null, List.of()),
                Arguments.of("german euid", new GermanNtrEuidRule(), "NTRDE-DER3306.HRB12345", null, List.of()),
                Arguments.of("german register number", new GermanNtrEuidRule(), "NTRDE-HRB12345", null,
                        List.of("smbr.subject.org_identifier_ntr_de_not_euid")),
                Arguments.of("german euid other country", new GermanNtrEuidRule(), "NTRDE-FRR3306.HRB12345", null,
                        List.of("smbr.subject.org_identifier_ntr_de_not_euid")),
                Arguments.of("german with state", new GermanNtrEuidRule(), "NTRDE+BE-DER3306.HRB12345", null,
                        List.of("smbr.subject.org_identifier_ntr_de_not_euid")),
                Arguments.of("french register number", new GermanNtrEuidRule(), "NTRFR-123", null, List.of()),
                Arguments.of("lei valid", new LeiOrganizationIdentifierRule(), "LEIXG-" + VALID_LEI, null, List.of()),
                Arguments.of("lei wrong check digits", new LeiOrganizationIdentifierRule(),
                        "LEIXG-5493001KJTIIGC8Y1R13", null,
                        List.of("smbr.subject.org_identifier_lei_invalid")),
                Arguments.of("lei too short", new LeiOrganizationIdentifierRule(), "LEIXG-5493001KJT", null,
                        List.of("smbr.subject.org_identifier_lei_invalid")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherCases")
    void rulesReportExpectedCodes(String name, Rule rule, String identifier, String country, List<String> expected) {
        assertThat(codes(rule, identifier, country)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void ia5StringIdentifierRejected() {
        TestCertificates certificate = TestCertificates.smime().subject(new X500NameBuilder()
                .addRDN(BCStyle.ORGANIZATION_IDENTIFIER, new DERIA5String("NTRGB-12345678")).build());

        assertThat(RuleCheck.codes(new OrganizationIdentifierSyntaxRule(), certificate))
                .containsExactly("smbr.subject.org_identifier_invalid_encoding");
    }

    @Test
    void mismatchMessageNamesBothCountries() {
        List<Finding> findings = RuleCheck.findings(new OrganizationIdentifierCountryRule(),
                certificate("NTRUS-1", "JP"));

        assertThat(findings).extracting(Finding::message).singleElement().asString()
                .contains("names country US", "countryName is \"JP\"");
    }

    @Test
    void leiChecksumAcceptsKnownIdentifier() {
        assertThat(LeiOrganizationIdentifierRule.isChecksumValid(VALID_LEI)).isTrue();
    }

    private static List<String> codes(Rule rule, String identifier, String country) {
        return RuleCheck.codes(rule, certificate(identifier, country));
    }

    /** Builds the subject by attribute, because the string form would read '+' as an RDN separator. */
    private static TestCertificates certificate(String identifier, String country) {
        X500NameBuilder subject = new X500NameBuilder().addRDN(BCStyle.ORGANIZATION_IDENTIFIER,
                new DERUTF8String(identifier));
        if (country != null) {
            subject.addRDN(BCStyle.C, new DERPrintableString(country));
        }
        return TestCertificates.smime().subject(subject.build());
    }
}
