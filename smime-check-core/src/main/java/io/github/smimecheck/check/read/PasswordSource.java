package io.github.smimecheck.check.read;

import io.github.smimecheck.check.inventory.Location;
import java.util.List;

/**
 * Supplies candidate keystore passwords for a location. Implementations read them from
 * configuration or environment variables; callers never log them.
 */
@FunctionalInterface
public interface PasswordSource {

    /** Returns the passwords to try, in order; an empty list means only the empty password is tried. */
    List<char[]> passwordsFor(Location location);

    /**
     * Returns where the passwords for a location come from, such as {@code smime.keystorePasswords
     * entry 1 (for *.p12)}, for messages. It names sources only, never values or variable names.
     */
    default List<String> sourcesFor(Location location) {
        return List.of();
    }

    static PasswordSource none() {
        return location -> List.of();
    }
}
