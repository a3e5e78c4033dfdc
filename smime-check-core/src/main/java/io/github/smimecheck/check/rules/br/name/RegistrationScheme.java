package io.github.smimecheck.check.rules.br.name;

import java.util.Arrays;
import java.util.Optional;

/**
 * The registration schemes an organizationIdentifier may name (S/MIME BR Appendix A and
 * 7.1.4.2.2 d), with the parts each one allows. A subdivision code marks a reference assigned
 * below the national level, so it is allowed only where the BR describes such registers: NTR
 * ("national or state trade register") and GOV. VAT and PSD references are national and LEI and
 * INT are global, so a subdivision there is reported.
 */
enum RegistrationScheme {
    /** National trade register; the register may work per state or province. */
    NTR(CountryRule.ISO_3166, true, true),
    /** VAT number; Greece may use the EU VAT prefix EL instead of GR. */
    VAT(CountryRule.ISO_3166_OR_EL, false, true),
    /**
     * Payment services (PSD2) authorisation number in the ETSI TS 119 495 form: the competent
     * authority's identifier, a hyphen and the number, as in {@code PSDBE-NBB-1234.567.890}.
     */
    PSD(CountryRule.ISO_3166, false, true),
    /** Legal Entity Identifier, a global scheme, so the country is XG. */
    LEI(CountryRule.GLOBAL, false, true),
    /** Government entity without a register entry; no reference. */
    GOV(CountryRule.ISO_3166, true, false),
    /** International organisation founded by treaty; country XG and no reference. */
    INT(CountryRule.GLOBAL, false, false);

    /** The set of country codes a scheme accepts. */
    enum CountryRule { ISO_3166, ISO_3166_OR_EL, GLOBAL }

    private final CountryRule countryRule;
    private final boolean stateOrProvinceAllowed;
    private final boolean referenceRequired;

    RegistrationScheme(CountryRule countryRule, boolean stateOrProvinceAllowed, boolean referenceRequired) {
        this.countryRule = countryRule;
        this.stateOrProvinceAllowed = stateOrProvinceAllowed;
        this.referenceRequired = referenceRequired;
    }

    static Optional<RegistrationScheme> of(String scheme) {
        return Arrays.stream(values()).filter(value -> value.name().equals(scheme)).findFirst();
    }

    boolean acceptsCountry(String country) {
        return switch (countryRule) {
            case ISO_3166 -> CountryCodes.isIso3166(country);
            case ISO_3166_OR_EL -> CountryCodes.isIso3166(country) || "EL".equals(country);
            case GLOBAL -> CountryCodes.GLOBAL.equals(country);
        };
    }

    String expectedCountry() {
        return switch (countryRule) {
            case ISO_3166 -> "an ISO 3166-1 alpha-2 code";
            case ISO_3166_OR_EL -> "an ISO 3166-1 alpha-2 code or EL";
            case GLOBAL -> CountryCodes.GLOBAL;
        };
    }

    boolean stateOrProvinceAllowed() {
        return stateOrProvinceAllowed;
    }

    /** Returns whether a reference must follow the hyphen; when false, a reference is prohibited. */
    boolean referenceRequired() {
        return referenceRequired;
    }
}
