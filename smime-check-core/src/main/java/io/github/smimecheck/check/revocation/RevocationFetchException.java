package io.github.smimecheck.check.revocation;

import java.io.IOException;

/** A CRL or OCSP request that failed; the message names the URL and the cause. */
final class RevocationFetchException extends IOException {

    RevocationFetchException(String message) {
        super(message);
    }

    RevocationFetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
