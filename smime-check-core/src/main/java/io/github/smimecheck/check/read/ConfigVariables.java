package io.github.smimecheck.check.read;

import java.util.Map;
import java.util.Optional;

/**
 * Values that placeholders such as {@code ${MAIL_KEYSTORE_PASSWORD}} in configuration files are
 * resolved from: first the environment variables the front end passed in, then named secrets
 * (Maven {@code settings.xml} server passwords by server id). {@link #toString()} shows names only.
 */
public final class ConfigVariables {

    private static final ConfigVariables NONE = new ConfigVariables(Map.of(), Map.of());

    private final Map<String, String> environment;
    private final Map<String, String> secrets;

    public ConfigVariables(Map<String, String> environment, Map<String, String> secrets) {
        this.environment = Map.copyOf(environment);
        this.secrets = Map.copyOf(secrets);
    }

    public static ConfigVariables none() {
        return NONE;
    }

    /** Returns the value of an environment variable or, failing that, of a named secret. */
    public Optional<String> lookup(String name) {
        String value = environment.get(name);
        if (value == null) {
            value = secrets.get(name);
        }
        return Optional.ofNullable(value);
    }

    @Override
    public String toString() {
        return "ConfigVariables[environment=" + environment.keySet() + ", secrets=" + secrets.keySet() + "]";
    }
}
