package io.github.smimecheck.check.read;

import io.github.smimecheck.check.ScanLimits;
import io.github.smimecheck.check.inventory.Location;
import io.github.smimecheck.check.rules.FindingCode;

/** What a reader reports to: certificates, nested contents to read, and problems. */
public interface ReadContext {

    /** Adds a DER certificate found at a location; invalid DER becomes a problem at that location. */
    void certificate(byte[] der, Location location);

    /** Reads a nested content (archive entry, embedded keystore) one level deeper, within the limits. */
    void nested(Content content);

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
