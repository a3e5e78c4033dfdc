package io.github.smimecheck.check.rules.br.name;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Syntax of mailbox addresses as certificates carry them: {@code Mailbox} of RFC 5321 section 4.1.2
 * for rfc822Name (ASCII only), and the RFC 6531 extension with UTF-8 local parts for
 * SmtpUTF8Mailbox (RFC 9598). The domain must be a domain name of LDH labels (A-labels for
 * internationalized names), at most 63 characters a label and 253 in total; address literals
 * such as {@code user@[192.0.2.1]} are rejected because an S/MIME mailbox must be validated by domain.
 */
final class MailboxAddress {

    static final int MAX_DOMAIN_LENGTH = 253;
    static final int MAX_LABEL_LENGTH = 63;
    static final int MAX_LOCAL_PART_LENGTH = 64;

    private static final String ATEXT = "A-Za-z0-9!#$%&'*+\\-/=?^_`{|}~";
    private static final Pattern ASCII_DOT_STRING = Pattern.compile("[" + ATEXT + "]+(\\.[" + ATEXT + "]+)*");
    private static final Pattern UTF8_DOT_STRING = Pattern.compile(
            "[" + ATEXT + "\\x{80}-\\x{10FFFF}]+(\\.[" + ATEXT + "\\x{80}-\\x{10FFFF}]+)*");
    private static final Pattern ASCII_QUOTED_STRING = Pattern.compile("\"([\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]"
            + "|\\\\[\\x20-\\x7E])*\"");
    private static final Pattern UTF8_QUOTED_STRING = Pattern.compile("\"([\\x20\\x21\\x23-\\x5B\\x5D-\\x7E"
            + "\\x{80}-\\x{10FFFF}]|\\\\[\\x20-\\x7E])*\"");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?");

    private MailboxAddress() {
    }

    /** Returns why the value is not a valid ASCII mailbox address, or empty when it is one. */
    static Optional<String> rfc822Problem(String address) {
        return problem(address, ASCII_DOT_STRING, ASCII_QUOTED_STRING);
    }

    /** Returns why the value is not a valid internationalized mailbox address, or empty when it is one. */
    static Optional<String> smtpUtf8Problem(String address) {
        return problem(address, UTF8_DOT_STRING, UTF8_QUOTED_STRING);
    }

    /** Returns whether the value is a mailbox address, ASCII or internationalized. */
    static boolean isMailbox(String value) {
        return value != null && smtpUtf8Problem(value).isEmpty();
    }

    /**
     * Returns whether two addresses name the same mailbox: the local parts must be equal as the
     * RFC 5321 local part is case-sensitive, the domains equal ignoring ASCII case.
     */
    static boolean sameMailbox(String first, String second) {
        int firstAt = first.lastIndexOf('@');
        int secondAt = second.lastIndexOf('@');
        if (firstAt < 0 || secondAt < 0) {
            return first.equals(second);
        }
        return first.substring(0, firstAt).equals(second.substring(0, secondAt))
                && first.substring(firstAt + 1).toLowerCase(Locale.ROOT)
                        .equals(second.substring(secondAt + 1).toLowerCase(Locale.ROOT));
    }

    static String localPart(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? address : address.substring(0, at);
    }

    static String domain(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? "" : address.substring(at + 1);
    }

    private static Optional<String> problem(String address, Pattern dotString, Pattern quotedString) {
        int at = address.lastIndexOf('@');
        if (at < 0) {
            return Optional.of("no '@' between local part and domain");
        }

        String localPart = address.substring(0, at);
        if (localPart.isEmpty()) {
            return Optional.of("the local part is empty");
        }
        if (!dotString.matcher(localPart).matches() && !quotedString.matcher(localPart).matches()) {
            return Optional.of("the local part '" + localPart + "' is neither a dot-atom nor a quoted string");
        }
        if (localPart.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LOCAL_PART_LENGTH) {
            return Optional.of("the local part is longer than " + MAX_LOCAL_PART_LENGTH + " octets");
        }
        return domainProblem(address.substring(at + 1));
    }

    /** Returns why the value is not a domain name of LDH labels, or empty when it is one. */
    static Optional<String> domainProblem(String domain) {
        if (domain.isEmpty()) {
            return Optional.of("the domain is empty");
        }
        if (domain.length() > MAX_DOMAIN_LENGTH) {
            return Optional.of("the domain is " + domain.length() + " characters long, more than "
                    + MAX_DOMAIN_LENGTH);
        }
        for (String label : domain.split("\\.", -1)) {
            if (label.length() > MAX_LABEL_LENGTH) {
                return Optional.of("the domain label '" + label + "' is longer than " + MAX_LABEL_LENGTH
                        + " characters");
            }
            if (!LABEL.matcher(label).matches()) {
                return Optional.of("the domain '" + domain + "' has the invalid label '" + label
                        + "'; expected letters, digits and inner hyphens (A-labels for internationalized names)");
            }
        }
        return Optional.empty();
    }
}
