package io.github.smimecheck.check.discovery;

import io.github.smimecheck.check.inventory.Location;
import io.github.smimecheck.check.read.KeystoreHint;
import io.github.smimecheck.check.read.ReadProblems;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keystore passwords and types that configuration files gave during one scan, by the
 * location of the keystore read through the configuration, and the keystore files those
 * configurations opened.
 */
final class KeystoreHints {

    private final Map<Location, KeystoreHint> hints = new HashMap<>();
    private final Map<Location, Location> openedByReference = new HashMap<>();

    void add(Location keystore, KeystoreHint hint) {
        hints.put(keystore, hint);
        if (hint.file() != null) {
            openedByReference.put(hint.file(), keystore);
        }
    }

    Optional<KeystoreHint> hintFor(Location location) {
        return Optional.ofNullable(hints.get(location));
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
