package io.github.smimecheck.check.read;

import io.github.smimecheck.check.ScanLimits;
import io.github.smimecheck.check.inventory.Location;
import io.github.smimecheck.check.rules.FindingCode;
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
}
