package io.github.smimecheck.check;

import io.github.smimecheck.check.inventory.Location;
import io.github.smimecheck.check.read.PasswordSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.codehaus.plexus.util.SelectorUtils;

/**
 * Keystore passwords named by environment variable: entries of the form {@code GLOB=ENV_VAR}, one
 * per line or separated by commas, such as {@code **}{@code /*.p12=KEYSTORE_PASSWORD}. Only the
 * variable's name is configured, so a password never appears in a job or POM.
 *
 * <p>A glob uses Ant syntax and matches a keystore when it matches the scanned file's path, the
 * name of any archive entry on the way to the keystore, or the keystore's own file name. Every
 * matching entry contributes its password, in the order the entries were written.
 */
public final class KeystorePasswordVariables {

    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String EXAMPLE = "**/*.p12=KEYSTORE_PASSWORD";

    private final List<Entry> entries;

    /**
     * One configured pairing.
     *
     * @param glob Ant-style pattern for the keystore's path or name
     * @param variable name of the environment variable that contains the password
     */
    public record Entry(String glob, String variable) {
    }

    private KeystorePasswordVariables(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * Parses the entries. Blank text gives an empty configuration.
     *
     * @throws IllegalArgumentException when an entry lacks {@code =}, has an empty glob, or names an
     *     invalid variable. The message gives the entry's number and an example.
     */
    public static KeystorePasswordVariables parse(String text) {
        List<Entry> entries = new ArrayList<>();
        String input = text == null ? "" : text;
        int number = 0;
        for (String raw : input.split("[,\\r\\n]+")) {
            String line = raw.trim();
            if (!line.isEmpty()) {
                number++;
                entries.add(entry(line, number));
            }
        }
        return new KeystorePasswordVariables(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    /**
     * Returns a password source that reads the named variables from this environment. A variable
     * that is not set contributes nothing.
     */
    public PasswordSource passwordSource(Map<String, String> environment) {
        Map<String, String> variables = Map.copyOf(environment);
        return location -> {
            List<char[]> passwords = new ArrayList<>();
            for (Entry entry : entries) {
                String value = variables.get(entry.variable());
                if (value != null && matches(entry.glob(), location)) {
                    passwords.add(value.toCharArray());
                }
            }
            return passwords;
        };
    }

    /** Returns one warning line per configured variable that the environment does not set; values never appear. */
    public List<String> unsetVariableLines(Map<String, String> environment) {
        List<String> lines = new ArrayList<>();
        for (Entry entry : entries) {
            if (!environment.containsKey(entry.variable())) {
                lines.add("smime-check: keystore password variable " + entry.variable() + " (for " + entry.glob()
                        + ") is not set, so it gives no password for keystores matching that glob");
            }
        }
        return lines;
    }

    private static Entry entry(String line, int number) {
        int equals = line.lastIndexOf('=');
        if (equals < 0) {
            throw invalid(number, "it has no '='");
        }
        String glob = line.substring(0, equals).trim().replace('\\', '/');
        String variable = line.substring(equals + 1).trim();
        if (glob.isEmpty()) {
            throw invalid(number, "the glob before '=' is empty");
        }
        if (!VARIABLE_NAME.matcher(variable).matches()) {
            throw invalid(number, "the text after '=' for " + glob + " is not an environment variable name"
                    + " (letters, digits and _, not starting with a digit)");
        }
        return new Entry(glob, variable);
    }

    /** Builds the error without the text after '=', because a mistaken entry may contain the password itself. */
    private static IllegalArgumentException invalid(int number, String reason) {
        return new IllegalArgumentException("invalid keystore password entry " + number + ": " + reason
                + "; expected GLOB=ENV_VAR such as " + EXAMPLE + ", naming the variable rather than the password");
    }

    private static boolean matches(String glob, Location location) {
        if (matchesPath(glob, location.file())) {
            return true;
        }
        for (String step : location.steps()) {
            if (matchesPath(glob, step)) {
                return true;
            }
        }
        return SelectorUtils.match(glob, location.leafName());
    }

    private static boolean matchesPath(String glob, String path) {
        return SelectorUtils.matchPath(glob, path.replace('\\', '/'), "/", true);
    }
}
