package io.github.smimecheck.check.rules.br.name;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;
import java.util.Optional;

/**
 * The country code of an organizationIdentifier must equal the countryName of the same name when
 * both are present (S/MIME BR 7.1.4.2.2 d, Note 1), except for the global schemes LEI and INT.
 * A VAT identifier with the EU prefix EL must go with countryName GR. Codes compare exactly, so
 * "us" does not match "US".
 */
public final class OrganizationIdentifierCountryRule extends NameRule {

    public static final FindingCode MISMATCH = FindingCode.error("smbr.subject.org_identifier_country_mismatch",
            "S/MIME BR 7.1.4.2.2 d", "The organizationIdentifier country differs from the countryName.");

    @Override
    public List<FindingCode> codes() {
        return List.of(MISMATCH);
    }

    @Override
    public void check(CertificateUnderTest certificate, FindingSink findings) {
        forEachAttribute(certificate, AttributeTypes.ORGANIZATION_IDENTIFIER, (name, attribute) -> {
            Optional<String> expected = Optional.ofNullable(attribute.text()).flatMap(OrganizationIdentifier::parse)
                    .flatMap(OrganizationIdentifierCountryRule::expectedCountryName);
            expected.ifPresent(country -> checkCountryNames(name, attribute.text(), country, findings));
        });
    }

    private static void checkCountryNames(DistinguishedName name, String identifier, String expected,
            FindingSink findings) {
        for (String country : name.texts(AttributeTypes.COUNTRY_NAME)) {
            if (!country.equals(expected)) {
                findings.report(MISMATCH, name.label() + " organizationIdentifier \"" + identifier + "\" names"
                        + " country " + expected + " but countryName is \"" + country + "\"; reissue with matching"
                        + " country codes");
            }
        }
    }

    /** Returns the countryName the identifier requires, or empty for global schemes. */
    private static Optional<String> expectedCountryName(OrganizationIdentifier identifier) {
        String scheme = identifier.scheme();
        String country = identifier.country();
        if ("LEI".equals(scheme) || "INT".equals(scheme) || CountryCodes.GLOBAL.equals(country)) {
            return Optional.empty();
        }
        if ("VAT".equals(scheme) && "EL".equals(country)) {
            return Optional.of("GR");
        }
        return Optional.of(country);
    }
}
