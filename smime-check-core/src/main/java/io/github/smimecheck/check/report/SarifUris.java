package io.github.smimecheck.check.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/** Turns a location's file path into a SARIF artifact URI, relative when the path is relative. */
final class SarifUris {

    private static final Pattern WINDOWS_DRIVE = Pattern.compile("^[A-Za-z]:/.*");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");

    private SarifUris() {
    }

    /**
     * Returns the path with forward slashes and percent-encoded where a URI needs it. A Windows
     * drive path becomes a {@code file:///} URI; a path that already has a URI scheme, such as
     * {@code embedded:default-policy.yaml}, stays as it is.
     */
    static String of(String path) {
        String slashed = path.replace('\\', '/');
        if (WINDOWS_DRIVE.matcher(slashed).matches()) {
            return "file://" + encode("/" + slashed);
        }
        if (hasScheme(slashed)) {
            return slashed;
        }
        return encode(slashed);
    }

    /** Returns whether the slash-separated path is a URI with a scheme and no path separator, such as {@code embedded:name}. */
    static boolean hasScheme(String slashed) {
        return SCHEME.matcher(slashed).matches() && !slashed.contains("/");
    }

    private static String encode(String path) {
        try {
            return new URI(null, null, path, null).getRawPath();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("file path cannot be written as a URI: " + path, e);
        }
    }
}
