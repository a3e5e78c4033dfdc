package io.github.smimecheck.check.read.config;

import java.util.List;

/**
 * One value from a configuration file: the key as written, the value as written, the value with
 * placeholders replaced, the placeholders that had no value, and the 1-based line (0 when the
 * format does not give one). Messages show {@code raw}, never {@code resolved}, because a
 * resolved value may contain a secret.
 */
record ConfigValue(String key, String raw, String resolved, List<String> unresolved, int line) {

    ConfigValue {
        unresolved = List.copyOf(unresolved);
    }

    /** Creates a value that contains no placeholders. */
    static ConfigValue literal(String key, String value, int line) {
        return new ConfigValue(key, value, value, List.of(), line);
    }

    static ConfigValue resolved(String key, String raw, Placeholders placeholders, int line) {
        Placeholders.Resolution resolution = placeholders.resolve(raw);
        return new ConfigValue(key, raw, resolution.value(), resolution.unresolved(), line);
    }

    boolean isResolved() {
        return unresolved.isEmpty();
    }

    /** Shows the key and line only, because the value may be a password. */
    @Override
    public String toString() {
        return "ConfigValue[" + describeKey() + "]";
    }

    /** Returns "key 'name' (line 12)" or "key 'name'" for messages. */
    String describeKey() {
        return "key '" + key + "'" + (line > 0 ? " (line " + line + ")" : "");
    }
}
