package io.github.smimecheck.check.rules.br.name;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An organizationIdentifier value split into its parts (S/MIME BR 7.1.4.2.2 d): a 3-letter
 * registration scheme, a 2-letter country code, an optional {@code +} and subdivision code of up
 * to 3 letters or digits, then an optional {@code -} and the registration reference. The first
 * hyphen separates the reference, which may itself contain hyphens.
 */
record OrganizationIdentifier(String value, String scheme, String country, String stateOrProvince,
        String reference) {

    private static final Pattern SYNTAX = Pattern.compile(
            "(?<scheme>[A-Z]{3})(?<country>[A-Z]{2})(\\+(?<state>[A-Za-z0-9]{1,3}))?(-(?<reference>.*))?",
            Pattern.DOTALL);

    /** Returns the parts, or empty when the value does not have this structure. */
    static Optional<OrganizationIdentifier> parse(String value) {
        Matcher matcher = SYNTAX.matcher(value);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String reference = matcher.group("reference");
        return Optional.of(new OrganizationIdentifier(value, matcher.group("scheme"), matcher.group("country"),
                matcher.group("state"), reference == null || reference.isEmpty() ? null : reference));
    }

    boolean hasStateOrProvince() {
        return stateOrProvince != null;
    }

    boolean hasReference() {
        return reference != null;
    }
}
