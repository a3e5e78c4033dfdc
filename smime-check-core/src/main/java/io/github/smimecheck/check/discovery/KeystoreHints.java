package io.github.smimecheck.check.discovery;

import io.github.smimecheck.check.inventory.Inventory;
import io.github.smimecheck.check.inventory.Location;
import io.github.smimecheck.check.read.Content;
import io.github.smimecheck.check.read.KeystoreHint;
import io.github.smimecheck.check.read.ReadProblems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The keystore passwords and types that configuration files gave during one scan, by the
 * location of the keystore read through the configuration, and the keystore files those
 * configurations opened.
 *
 * <p>The walker also meets each referenced keystore file on its own, before or after the
 * configuration. So a password that opened a keystore through a configuration is remembered by
 * the SHA-256 of the keystore's bytes and is tried on every content with the same bytes. A
 * keystore that stayed locked before the configuration was read is kept to be read again.
 */
final class KeystoreHints {

    private final Map<Location, KeystoreHint> hints = new HashMap<>();
    private final Map<Location, Location> openedByReference = new HashMap<>();
    private final Map<String, char[]> passwordsByDigest = new HashMap<>();
    private final Set<Integer> openedLengths = new HashSet<>();
    private final Map<Location, char[]> passwordsByLocation = new HashMap<>();
    private final List<Content> lockedKeystores = new ArrayList<>();

    void add(Location keystore, KeystoreHint hint) {
        hints.put(keystore, hint);
        if (hint.file() != null) {
            openedByReference.put(hint.file(), keystore);
        }
    }

    /** Returns the hint for a keystore read through a configuration file; its password is a copy. */
    Optional<KeystoreHint> hintFor(Location location) {
        return Optional.ofNullable(hints.get(location)).map(hint -> new KeystoreHint(
                hint.optionalPassword().map(char[]::clone).orElse(null), hint.type(), hint.file()));
    }

    /**
     * Returns a copy of the password a configuration file gave for the keystore at this location,
     * or for a keystore with the same bytes that the configuration opened.
     */
    Optional<char[]> passwordFor(Location location) {
        Optional<char[]> own = Optional.ofNullable(hints.get(location)).flatMap(KeystoreHint::optionalPassword);
        return own.or(() -> Optional.ofNullable(passwordsByLocation.get(location))).map(char[]::clone);
    }

    /** Notes the password that opened a keystore with the same bytes, before a reader reads the content. */
    void beforeRead(Content content) {
        if (!openedLengths.contains(content.bytes().length)) {
            return;
        }
        char[] password = passwordsByDigest.get(Inventory.sha256Hex(content.bytes()));
        if (password != null) {
            passwordsByLocation.put(content.location(), password);
        }
    }

    /** Keeps a keystore that no password opened, in case a configuration file read later gives its password. */
    void locked(Content keystore) {
        lockedKeystores.add(keystore);
    }

    /**
     * Remembers the password of a keystore that a configuration file opened and returns the
     * keystores with the same bytes that stayed locked before, to be read again.
     *
     * @param password a copy taken before the read, because readers clear the passwords they try
     */
    List<Content> opened(Content keystore, char[] password) {
        String digest = Inventory.sha256Hex(keystore.bytes());
        passwordsByDigest.put(digest, password);
        openedLengths.add(keystore.bytes().length);

        List<Content> reread = lockedKeystores.stream()
                .filter(locked -> Inventory.sha256Hex(locked.bytes()).equals(digest)).toList();
        lockedKeystores.removeAll(reread);
        return reread;
    }

    /**
     * Returns whether a problem is the locked-keystore problem of a keystore file that a
     * configuration file opened with its password. The walker reads every file, so it also
     * meets such a keystore on its own, without the password.
     */
    boolean isOpenedThroughReference(ContentDispatcher.Problem problem, List<ContentDispatcher.Problem> all) {
        Location reference = openedByReference.get(problem.location());
        if (problem.code() != ReadProblems.KEYSTORE_LOCKED || reference == null) {
            return false;
        }
        return all.stream().noneMatch(other -> other.code() == ReadProblems.KEYSTORE_LOCKED
                && other.location().equals(reference));
    }
}
