package io.github.smimecheck.check.inventory;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * The distinct certificates of one scan. The same certificate found in several places is one
 * entry with all its locations.
 */
public final class Inventory {

    private final Map<String, CertificateEntry> entries = new LinkedHashMap<>();

    /**
     * Adds a certificate found at a location.
     *
     * @throws IOException when the certificate cannot be re-encoded as DER
     */
    public synchronized CertificateEntry add(X509CertificateHolder certificate, Location location) throws IOException {
        String sha256 = sha256Hex(certificate.getEncoded());
        CertificateEntry entry = entries.computeIfAbsent(sha256, key -> new CertificateEntry(key, certificate));
        entry.addLocation(location);
        return entry;
    }

    /** Returns the entries ordered by their first location, so reports are stable across runs. */
    public synchronized List<CertificateEntry> entries() {
        List<CertificateEntry> sorted = new ArrayList<>(entries.values());
        sorted.sort(Comparator.comparing((CertificateEntry entry) -> entry.locations().get(0))
                .thenComparing(CertificateEntry::sha256));
        return sorted;
    }

    public synchronized int size() {
        return entries.size();
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
