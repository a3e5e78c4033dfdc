package io.github.smimecheck.check.inventory;

import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * One distinct certificate of the inventory, identified by the SHA-256 of its DER encoding,
 * with every location where the scan found it.
 */
public final class CertificateEntry {

    private final String sha256;
    private final X509CertificateHolder certificate;
    private final SortedSet<Location> locations = new TreeSet<>();

    public CertificateEntry(String sha256, X509CertificateHolder certificate) {
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.certificate = Objects.requireNonNull(certificate, "certificate");
    }

    /** Lower-case hexadecimal SHA-256 of the DER certificate. */
    public String sha256() {
        return sha256;
    }

    public X509CertificateHolder certificate() {
        return certificate;
    }

    public List<Location> locations() {
        return List.copyOf(locations);
    }

    void addLocation(Location location) {
        locations.add(location);
    }
}
