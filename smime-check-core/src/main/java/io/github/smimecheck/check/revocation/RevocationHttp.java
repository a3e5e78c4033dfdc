package io.github.smimecheck.check.revocation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches CRLs and OCSP responses over http and https, so that a wrong URL cannot stall or flood
 * the build. Each request, body included, must complete within the policy's timeout. A fetch
 * follows at most {@value #MAX_REDIRECTS} redirects, each to http or https only, so one URL may
 * take up to {@value #MAX_REDIRECTS} + 1 timeouts. A body may have at most
 * {@value #MAX_BODY_BYTES} bytes.
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
            HttpResponse<byte[]> response = exchange(current, contentType, body);
            int status = response.statusCode();
            if (status == 200) {
                return response.body();
            }
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

    /**
     * Sends one request and waits for the whole response, body included, for at most the timeout,
     * so a server that sends the headers and then trickles the body cannot stall the scan.
     */
    private HttpResponse<byte[]> exchange(URI uri, String contentType, byte[] body) throws RevocationFetchException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout);
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        }
        CompletableFuture<HttpResponse<byte[]>> response =
                client.sendAsync(request.build(), CappedBody.handler(MAX_BODY_BYTES));
        try {
            return response.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw timedOut(uri, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                throw timedOut(uri, cause);
            }
            throw new RevocationFetchException(uri + " could not be fetched: " + cause, cause);
        } catch (InterruptedException e) {
            response.cancel(true);
            Thread.currentThread().interrupt();
            throw new RevocationFetchException(uri + " was interrupted", e);
        }
    }

    private RevocationFetchException timedOut(URI uri, Throwable cause) {
        return new RevocationFetchException(uri + " timed out after " + timeout.toSeconds() + " s", cause);
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
}
