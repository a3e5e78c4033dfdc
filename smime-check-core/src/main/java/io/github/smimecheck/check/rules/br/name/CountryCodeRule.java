package io.github.smimecheck.check.rules.br.name;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;

/**
 * A countryName must be an upper-case ISO 3166-1 alpha-2 code, or XX for a country without an
 * official code (S/MIME BR 7.1.4.2.2 n). The list of codes is the JDK's, so a code assigned after
 * the running JDK was built is reported until the JDK is updated.
 */
public final class CountryCodeRule extends NameRule {

    public static final FindingCode INVALID = FindingCode.error("smbr.subject.country_code_invalid",
            "S/MIME BR 7.1.4.2.2 n", "A countryName is not an ISO 3166-1 alpha-2 code or XX.");

    @Override
    public List<FindingCode> codes() {
        return List.of(INVALID);
    }

    @Override
    public void check(CertificateUnderTest certificate, FindingSink findings) {
        forEachAttribute(certificate, AttributeTypes.COUNTRY_NAME, (name, country) -> {
            String code = country.text();
            if (code == null || (!CountryCodes.isIso3166(code) && !CountryCodes.UNASSIGNED.equals(code))) {
                findings.report(INVALID, name.label() + " " + country.display() + " is not an ISO 3166-1 alpha-2"
                        + " code; expected an upper-case code such as DE, or XX; reissue with the validated country");
            }
        });
    }
}
