package io.github.smimecheck.check.rules.br.name;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes as the JDK lists them ({@link Locale#getISOCountries()}). */
final class CountryCodes {

    /** The user-assigned code the BR allows in countryName for a country without an official code. */
    static final String UNASSIGNED = "XX";

    /** The user-assigned code the BR uses for globally operated registration schemes. */
    static final String GLOBAL = "XG";

    private static final Set<String> ISO_3166 = Set.of(Locale.getISOCountries());

    private CountryCodes() {
    }

    /** Returns whether the value is an official ISO 3166-1 alpha-2 code, in upper case. */
    static boolean isIso3166(String code) {
        return ISO_3166.contains(code);
    }
}
