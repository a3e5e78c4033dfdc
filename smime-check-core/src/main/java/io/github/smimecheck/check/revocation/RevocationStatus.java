package io.github.smimecheck.check.revocation;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.Objects;

/**
 * The revocation status of one certificate as one source reported it.
 *
 * @param state good, revoked or unknown
 * @param source the CRL or OCSP URL the status came from, or "none" when no source could be tried
 * @param revocationDate when the CA revoked the certificate; null unless revoked
 * @param reason the CRL reason code name, such as keyCompromise, or "unspecified"; null unless revoked
 * @param detail why the status is unknown and what to do; null unless unknown
 */
public record RevocationStatus(State state, String source, Instant revocationDate, String reason, String detail) {

    /** The three outcomes RFC 5280 and RFC 6960 define. */
    public enum State { GOOD, REVOKED, UNKNOWN }

    public RevocationStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(source, "source");
    }

    static RevocationStatus good(String source) {
        return new RevocationStatus(State.GOOD, source, null, null, null);
    }

    static RevocationStatus revoked(String source, Instant revocationDate, String reason) {
        return new RevocationStatus(State.REVOKED, source, revocationDate, reason, null);
    }

    static RevocationStatus unknown(String source, String detail) {
        return new RevocationStatus(State.UNKNOWN, source, null, null, detail);
    }

    /**
     * Queries each URL in order and returns the first good or revoked status. When every URL gives
     * unknown, returns unknown naming the first URL and every URL's detail; without URLs, unknown
     * with {@code noUrlDetail}.
     */
    static RevocationStatus firstKnown(List<URI> urls, Function<URI, RevocationStatus> query, String noUrlDetail) {
        if (urls.isEmpty()) {
            return unknown("none", noUrlDetail);
        }
        List<String> details = new ArrayList<>();
        for (URI url : urls) {
            RevocationStatus status = query.apply(url);
            if (status.state() != State.UNKNOWN) {
                return status;
            }
            details.add(status.detail());
        }
        return unknown(urls.get(0).toString(), String.join("; ", details));
    }
}
