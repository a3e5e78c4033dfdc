package io.github.smimecheck.check.read;

import io.github.smimecheck.check.ScanLimits;
import io.github.smimecheck.check.inventory.Location;
import io.github.smimecheck.check.rules.FindingCode;
import java.util.Optional;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/** The receiver of a reader's results: certificates, nested contents to read, and problems. */
public interface ReadContext {

    /** Adds a DER certificate found at a location; invalid DER becomes a problem at that location. */
    void certificate(byte[] der, Location location);

    /** Reads a nested content (such as a PEM block's PKCS#7 bundle) one level deeper, within the depth limit. */
    void nested(Content content);

    /**
     * Reads one archive entry from its stream within the scan limits, then reads it as nested
     * content. The stream is read but not closed. A limit hit is reported as a problem.
     *
     * @param compressedBytes returns how many compressed bytes this entry has used so far, or -1
     *     when unknown, for the compression ratio check
     * @return false when the rest of the archive must not be read, because a scan-wide limit or the
     *     depth limit is reached
     * @throws IOException when the entry's data is corrupt or cannot be read
     */
    default boolean archiveEntry(Location location, InputStream entry, LongSupplier compressedBytes)
            throws IOException {
        // Without limits, for contexts that do not enforce them; the scan's dispatcher overrides this.
        nested(new Content(location, entry.readAllBytes()));
        return true;
    }

    /**
     * Reports content that could not be read.
     *
     * @param message the reason and the fix, naming the value; never a password or key material
     */
    void problem(Location location, FindingCode code, String message);

    ScanLimits limits();

    /** Passwords for keystores, looked up by the keystore's location. */
    PasswordSource passwords();

    /**
     * Reads a nested keystore named by a configuration file, with the password and type the
     * configuration gives. {@link #passwords()} then returns the hint's password first for the
     * content's location, and {@link #keystoreHint(Location)} returns the hint.
     */
    default void nested(Content content, KeystoreHint hint) {
        nested(content);
    }

    /** Returns the password and type a configuration file gave for the keystore at this location. */
    default Optional<KeystoreHint> keystoreHint(Location location) {
        return Optional.empty();
    }

    /**
     * Reads a file that a configuration file references. A relative path is resolved against the
     * folder of the configuration file, then against the scanned roots. Inside an archive it is
     * resolved against the entries of the same archive. Files outside the scanned roots are never
     * read.
     *
     * @param from location of the configuration file (not of a key inside it)
     * @param path the referenced path with placeholders already replaced
     * @return the referenced file, or empty when it is not inside the scanned artifact
     */
    default Optional<Content> resolve(Location from, String path) {
        return Optional.empty();
    }

    /**
     * Reads a classpath resource from the library JARs ({@code BOOT-INF/lib/}, {@code WEB-INF/lib/})
     * of the archive that contains the configuration file, taking the first JAR in the order the
     * Spring Boot launcher puts them on the classpath.
     *
     * @param from location of the configuration file
     * @param resource the resource name relative to the classpath root, such as {@code certs/ca.pem}
     * @return the resource, located inside the JAR that has it, or empty when no library JAR has it
     */
    default Optional<Content> resolveInLibraries(Location from, String resource) {
        return Optional.empty();
    }

    /** Values that {@code ${NAME}} placeholders in configuration files may name. */
    default ConfigVariables variables() {
        return ConfigVariables.none();
    }
}
