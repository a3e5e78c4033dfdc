package io.github.smimecheck.check.revocation;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Fetches CRLs and OCSP responses over http and https. Every request has the policy's timeout for
 * connecting and for the response, follows at most {@value #MAX_REDIRECTS} redirects, each to
 * http or https only, and reads at most {@value #MAX_BODY_BYTES} bytes of body, so a wrong URL
 * cannot stall or flood the build.
 *
 * <p>NOTE: the timeout bounds the wait for the response headers; a server that sends headers
 * and then trickles the body is bounded only by the size cap.
 */
final class RevocationHttp {

    static final int MAX_REDIRECTS = 3;
    static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

    private final HttpClient client;
    private final Duration timeout;

    RevocationHttp(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Sends a GET and returns the body of the final 200 response. */
    byte[] get(URI uri) throws RevocationFetchException {
        return send(uri, null, null);
    }

    /** Sends a POST with the given content type and returns the body of the final 200 response. */
    byte[] post(URI uri, String contentType, byte[] body) throws RevocationFetchException {
        return send(uri, contentType, body);
    }

    /** Returns whether a URI uses a scheme this client fetches: http or https. */
    static boolean fetchable(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    }

    private byte[] send(URI first, String contentType, byte[] body) throws RevocationFetchException {
        URI current = first;
        for (int redirects = 0; ; redirects++) {
            HttpResponse<InputStream> response = exchange(current, contentType, body);
            int status = response.statusCode();
            if (status == 200) {
                return readCapped(current, response);
            }
            closeQuietly(response);
            Optional<String> location = response.headers().firstValue("Location");
            if (status < 300 || status >= 400 || location.isEmpty()) {
                throw new RevocationFetchException(current + " returned HTTP " + status + ", expected 200");
            }
            if (redirects == MAX_REDIRECTS) {
                throw new RevocationFetchException(first + " redirected more than " + MAX_REDIRECTS + " times");
            }
            current = redirectTarget(current, location.get());
        }
    }

    private HttpResponse<InputStream> exchange(URI uri, String contentType, byte[] body)
            throws RevocationFetchException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout);
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new RevocationFetchException(uri + " timed out after " + timeout.toSeconds() + " s", e);
        } catch (IOException e) {
            throw new RevocationFetchException(uri + " could not be fetched: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RevocationFetchException(uri + " was interrupted", e);
        }
    }

    private static URI redirectTarget(URI from, String location) throws RevocationFetchException {
        URI target;
        try {
            target = from.resolve(location);
        } catch (IllegalArgumentException e) {
            throw new RevocationFetchException(from + " redirected to an invalid URL '" + location + "'", e);
        }
        if (!fetchable(target)) {
            throw new RevocationFetchException(from + " redirected to " + target + ", which is not http or https");
        }
        return target;
    }

    private static byte[] readCapped(URI uri, HttpResponse<InputStream> response) throws RevocationFetchException {
        try (InputStream in = response.body()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new RevocationFetchException(uri + " returned more than " + MAX_BODY_BYTES + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new RevocationFetchException(uri + " failed while reading the body: " + e, e);
        }
    }

    private static void closeQuietly(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException e) {
            // The status already decided the outcome; a failed close only loses the connection.
        }
    }
}
