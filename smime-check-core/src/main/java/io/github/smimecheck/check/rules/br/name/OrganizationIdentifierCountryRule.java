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
        for (DistinguishedName name : NamesUnderTest.all(certificate)) {
            for (String value : name.texts(AttributeTypes.ORGANIZATION_IDENTIFIER)) {
                Optional<String> expected = OrganizationIdentifier.parse(value).flatMap(
                        OrganizationIdentifierCountryRule::expectedCountryName);
                if (expected.isEmpty()) {
                    continue;
                }
                for (String country : name.texts(AttributeTypes.COUNTRY_NAME)) {
                    if (!country.equals(expected.get())) {
                        findings.report(MISMATCH, name.label() + " organizationIdentifier \"" + value + "\" names"
                                + " country " + expected.get() + " but countryName is \"" + country + "\"; reissue"
                                + " with matching country codes");
                    }
                }
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
