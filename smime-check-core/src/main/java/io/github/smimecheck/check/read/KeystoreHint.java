package io.github.smimecheck.check.read;

import io.github.smimecheck.check.inventory.Location;
import java.util.Optional;

/**
 * Password and keystore type (such as {@code PKCS12} or {@code JKS}) that a configuration file
 * gives for a keystore it references; each is null when the configuration does not give it.
 * {@code file} is the location of the keystore file as the scan also reads it on its own, null
 * for a keystore embedded in the configuration. {@link #toString()} never shows the password.
 */
public record KeystoreHint(char[] password, String type, Location file) {

    public static KeystoreHint of(Optional<char[]> password, Optional<String> type) {
        return new KeystoreHint(password.orElse(null), type.orElse(null), null);
    }

    /** Returns this hint for the keystore file at the given location. */
    public KeystoreHint forFile(Location location) {
        return new KeystoreHint(password, type, location);
    }

    public Optional<char[]> optionalPassword() {
        return Optional.ofNullable(password);
    }

    public Optional<String> optionalType() {
        return Optional.ofNullable(type);
    }

    @Override
    public String toString() {
        return "KeystoreHint[password=" + (password == null ? "absent" : "present") + ", type=" + type + ", file="
                + file + "]";
    }
}
