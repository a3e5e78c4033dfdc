package io.github.smimecheck.check.read.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Replaces {@code ${name}} and {@code ${name<separator>default}} placeholders, where the separator
 * is {@code :} in Spring Boot and {@code :-} in Tomcat. A default may itself contain placeholders.
 * A placeholder without a value and without a default is left in the text and listed as
 * unresolved.
 */
final class Placeholders {

    private static final int MAX_NESTING = 8;

    private final String defaultSeparator;
    private final Function<String, Optional<String>> lookup;

    Placeholders(String defaultSeparator, Function<String, Optional<String>> lookup) {
        this.defaultSeparator = defaultSeparator;
        this.lookup = lookup;
    }

    /** The text with placeholders replaced, and the names of the placeholders that had no value. */
    record Resolution(String value, List<String> unresolved) {

        boolean isResolved() {
            return unresolved.isEmpty();
        }
    }

    Resolution resolve(String text) {
        List<String> unresolved = new ArrayList<>();
        String value = resolve(text, unresolved, 0);
        return new Resolution(value, List.copyOf(unresolved));
    }

    private String resolve(String text, List<String> unresolved, int nesting) {
        StringBuilder result = new StringBuilder();
        int position = 0;
        while (position < text.length()) {
            int start = text.indexOf("${", position);
            int end = start < 0 ? -1 : closingBrace(text, start + 2);
            if (start < 0 || end < 0 || nesting >= MAX_NESTING) {
                result.append(text, position, text.length());
                break;
            }
            result.append(text, position, start);
            result.append(replacement(text.substring(start + 2, end), text.substring(start, end + 1), unresolved,
                    nesting));
            position = end + 1;
        }
        return result.toString();
    }

    private String replacement(String body, String placeholder, List<String> unresolved, int nesting) {
        int separator = body.indexOf(defaultSeparator);
        String name = separator < 0 ? body : body.substring(0, separator);
        Optional<String> value = lookup.apply(name.trim());
        if (value.isPresent()) {
            return value.get();
        }
        if (separator >= 0) {
            return resolve(body.substring(separator + defaultSeparator.length()), unresolved, nesting + 1);
        }
        unresolved.add(name.trim());
        return placeholder;
    }

    /** Returns the index of the brace that closes a placeholder whose name starts at {@code from}. */
    private static int closingBrace(String text, int from) {
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            if (text.startsWith("${", i)) {
                depth++;
                i++;
            } else if (text.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
