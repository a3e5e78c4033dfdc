package io.github.smimecheck.check.read;

import io.github.smimecheck.check.inventory.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Looks keystore passwords up in environment variables, chosen by path glob. Each mapping is
 * written {@code GLOB=ENV_VAR}, for example {@code **}{@code /signing.p12=SIGNING_STORE_PASSWORD}.
 * A glob matches when it matches the whole location display (such as
 * {@code app.war > WEB-INF/signing.p12}) or the keystore's own file name. In a glob, {@code *} and
 * {@code ?} stay within one path segment, {@code **} crosses segments and {@code {a,b}} picks
 * either. The environment is passed in by the front end.
 */
public final class EnvironmentPasswordSource implements PasswordSource {

    /** One {@code GLOB=ENV_VAR} entry. */
    public record Mapping(String glob, String variable, Pattern pattern) {

        /** Parses {@code GLOB=ENV_VAR}; the last {@code =} separates the two. */
        public static Mapping parse(String entry) {
            int separator = entry.lastIndexOf('=');
            if (separator <= 0 || separator == entry.length() - 1) {
                throw new IllegalArgumentException("invalid keystore password mapping '" + entry
                        + "'; expected GLOB=ENV_VAR such as **/signing.p12=SIGNING_STORE_PASSWORD");
            }
            String glob = entry.substring(0, separator).trim();
            return new Mapping(glob, entry.substring(separator + 1).trim(), Pattern.compile(toRegex(glob)));
        }

        boolean matches(Location location) {
            return pattern.matcher(location.display()).matches() || pattern.matcher(location.leafName()).matches();
        }
    }

    private final List<Mapping> mappings;
    private final Map<String, String> environment;

    public EnvironmentPasswordSource(List<Mapping> mappings, Map<String, String> environment) {
        this.mappings = List.copyOf(mappings);
        this.environment = Map.copyOf(environment);
    }

    /** Parses {@code GLOB=ENV_VAR} entries; throws {@link IllegalArgumentException} naming a malformed one. */
    public static EnvironmentPasswordSource parse(List<String> entries, Map<String, String> environment) {
        return new EnvironmentPasswordSource(entries.stream().map(Mapping::parse).toList(), environment);
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
                String unset = environment.containsKey(mapping.variable()) ? "" : " (not set)";
                sources.add("environment variable " + mapping.variable() + unset);
            }
        }
        return sources;
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
}
