package io.github.smimecheck.check.read;

import io.github.smimecheck.check.inventory.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Looks keystore passwords up in environment variables, chosen by path glob. Each mapping is
 * written {@code GLOB=ENV_VAR}, for example {@code **}{@code /signing.p12=SIGNING_STORE_PASSWORD}.
 * Only the variable's name is configured, so a password never appears in a job or POM. Messages
 * refer to an entry by its number and glob, never by the variable name, in case the user wrote
 * the password where the name belongs.
 *
 * <p>A glob matches a keystore when it matches the whole location display (such as
 * {@code app.war > WEB-INF/signing.p12}), the scanned file's path, the name of any archive entry
 * on the way to the keystore, or the keystore's own file name. In a glob, {@code *} and {@code ?}
 * stay within one path segment, {@code **} crosses segments and {@code {a,b}} picks either. Every
 * matching mapping contributes its password, in the order the mappings were written. The
 * environment is passed in by the front end.
 */
public final class EnvironmentPasswordSource implements PasswordSource {

    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String EXAMPLE = "**/signing.p12=SIGNING_STORE_PASSWORD";

    /**
     * One {@code GLOB=ENV_VAR} entry.
     *
     * @param number the entry's 1-based position, by which messages refer to it
     */
    public record Mapping(String glob, String variable, Pattern pattern, int number) {

        /**
         * Parses {@code GLOB=ENV_VAR}, split at the last {@code =}.
         *
         * @param number the entry's 1-based position, which the error message names
         * @throws IllegalArgumentException when the entry lacks {@code =}, has an empty glob, or names
         *     an invalid variable; the message never contains the text after {@code =}
         */
        public static Mapping parse(String entry, int number) {
            int separator = entry.lastIndexOf('=');
            if (separator < 0) {
                throw invalid(number, "it has no '='");
            }
            String glob = entry.substring(0, separator).trim().replace('\\', '/');
            String variable = entry.substring(separator + 1).trim();
            if (glob.isEmpty()) {
                throw invalid(number, "the glob before '=' is empty");
            }
            if (!VARIABLE_NAME.matcher(variable).matches()) {
                throw invalid(number, "the text after '=' for " + glob + " is not an environment variable name"
                        + " (letters, digits and _, not starting with a digit)");
            }
            return new Mapping(glob, variable, Pattern.compile(toRegex(glob)), number);
        }

        /**
         * Names the entry for logs and reports by its position and glob. The variable name stays
         * out, because a user who mistakes the field for the password writes the password there,
         * and a password can be a valid variable name.
         */
        public String label() {
            return "smime.keystorePasswords entry " + number + " (for " + glob + ")";
        }

        /** Returns {@link #label()}, so that logging a mapping never shows its variable name. */
        @Override
        public String toString() {
            return label();
        }

        boolean matches(Location location) {
            if (matchesPath(location.display()) || matchesPath(location.file())) {
                return true;
            }
            for (String step : location.steps()) {
                if (matchesPath(step)) {
                    return true;
                }
            }
            return pattern.matcher(location.leafName()).matches();
        }

        private boolean matchesPath(String path) {
            return pattern.matcher(path.replace('\\', '/')).matches();
        }
    }

    private final List<Mapping> mappings;
    private final Map<String, String> environment;

    public EnvironmentPasswordSource(List<Mapping> mappings, Map<String, String> environment) {
        this.mappings = List.copyOf(mappings);
        this.environment = Map.copyOf(environment);
    }

    /**
     * Parses {@code GLOB=ENV_VAR} entries.
     *
     * @throws IllegalArgumentException naming the number of the first malformed entry, never its value
     */
    public static EnvironmentPasswordSource parse(List<String> entries, Map<String, String> environment) {
        return new EnvironmentPasswordSource(mappings(entries), environment);
    }

    /** Parses the entries in order, with the errors of {@link Mapping#parse(String, int)}. */
    public static List<Mapping> mappings(List<String> entries) {
        List<Mapping> mappings = new ArrayList<>();
        for (String entry : entries) {
            mappings.add(Mapping.parse(entry, mappings.size() + 1));
        }
        return mappings;
    }

    /**
     * Splits text with one entry per line or entries separated by commas, as a text field or a
     * command line gives them. A comma inside {@code {a,b}} belongs to the glob. Blank entries are
     * dropped, so blank or null text gives no entries.
     */
    public static List<String> splitEntries(String text) {
        List<String> entries = new ArrayList<>();
        if (text == null) {
            return entries;
        }
        StringBuilder current = new StringBuilder();
        int braces = 0;
        for (char c : text.toCharArray()) {
            if (c == '{') {
                braces++;
            } else if (c == '}' && braces > 0) {
                braces--;
            }
            boolean separator = c == '\n' || c == '\r' || (c == ',' && braces == 0);
            if (separator) {
                addIfNotBlank(entries, current);
                braces = 0;
            } else {
                current.append(c);
            }
        }
        addIfNotBlank(entries, current);
        return entries;
    }

    @Override
    public List<char[]> passwordsFor(Location location) {
        List<char[]> passwords = new ArrayList<>();
        for (Mapping mapping : mappings) {
            String value = environment.get(mapping.variable());
            if (value != null && mapping.matches(location)) {
                passwords.add(value.toCharArray());
            }
        }
        return passwords;
    }

    @Override
    public List<String> sourcesFor(Location location) {
        List<String> sources = new ArrayList<>();
        for (Mapping mapping : mappings) {
            if (mapping.matches(location)) {
                String unset = environment.containsKey(mapping.variable()) ? "" : ", whose variable is not set";
                sources.add(mapping.label() + unset);
            }
        }
        return sources;
    }

    /**
     * Returns one warning line per mapping whose variable the environment does not set. A line
     * names the entry by {@link Mapping#label()}, never by its variable name or a value.
     */
    public List<String> unsetVariableLines() {
        List<String> lines = new ArrayList<>();
        for (Mapping mapping : mappings) {
            if (!environment.containsKey(mapping.variable())) {
                lines.add("smime-check: the environment variable named by " + mapping.label() + " is not set,"
                        + " so that entry gives no password for keystores matching its glob; check that the text"
                        + " after '=' is the name of a variable that holds the password, not the password itself");
            }
        }
        return lines;
    }

    /** Converts a glob to a regular expression; {@code **}{@code /} also matches no folder at all. */
    static String toRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (glob.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 2;
            } else if (glob.startsWith("**", i)) {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else if (c == '{') {
                braces++;
                regex.append("(?:");
            } else if (c == '}' && braces > 0) {
                braces--;
                regex.append(')');
            } else if (c == ',' && braces > 0) {
                regex.append('|');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }

    /** Builds the error without the entry's text, because a mistaken entry may contain the password itself. */
    private static IllegalArgumentException invalid(int number, String reason) {
        return new IllegalArgumentException("invalid keystore password entry " + number + ": " + reason
                + "; expected GLOB=ENV_VAR such as " + EXAMPLE + ", naming the variable rather than the password");
    }

    private static void addIfNotBlank(List<String> entries, StringBuilder current) {
        String entry = current.toString().trim();
        if (!entry.isEmpty()) {
            entries.add(entry);
        }
        current.setLength(0);
    }
}
