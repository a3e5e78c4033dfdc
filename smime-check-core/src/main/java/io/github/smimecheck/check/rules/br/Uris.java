package io.github.smimecheck.check.rules.br;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.x509.GeneralName;

/** URI helpers shared by the CRL distribution point, authority information access and policy rules. */
final class Uris {

    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");

    /**
     * Top-level labels reserved for special or private use (RFC 2606, RFC 6761, RFC 6762, RFC 7686,
     * RFC 9476 and ICANN's reservation of "internal"), plus names commonly used on private networks.
     */
    private static final Set<String> RESERVED_TOP_LEVEL = Set.of("local", "localhost", "internal", "test", "example",
            "invalid", "onion", "alt", "lan", "corp", "home", "intranet", "private", "localdomain");

    private Uris() {
    }

    /** Returns the lower-case scheme of a URI, or an empty string when it has none. */
    static String scheme(String uri) {
        int colon = uri.indexOf(':');
        if (colon <= 0 || !SCHEME.matcher(uri.substring(0, colon)).matches()) {
            return "";
        }
        return uri.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    static boolean isHttp(String uri) {
        return scheme(uri).equals("http");
    }

    /** Returns the URI text of a GeneralName, or null when it is not a uniformResourceIdentifier. */
    static String uriOf(GeneralName name) {
        if (name.getTagNo() != GeneralName.uniformResourceIdentifier) {
            return null;
        }
        return ASN1IA5String.getInstance(name.getName()).getString();
    }

    static List<String> urisOf(GeneralName[] names) {
        List<String> uris = new ArrayList<>();
        for (GeneralName name : names) {
            String uri = uriOf(name);
            if (uri != null) {
                uris.add(uri);
            }
        }
        return uris;
    }

    /**
     * Returns why the URI's host is not a publicly resolvable domain name, or null when it looks like
     * one: the host is missing, has a single label, or ends in a reserved top-level label.
     */
    // NOTE: the top-level label is not checked against the IANA root zone, so a made-up label such as
    // "acme" is accepted; only the reserved and common private labels above are rejected.
    static String internalNameProblem(String uri) {
        String host;
        try {
            host = new URI(uri).getHost();
        } catch (URISyntaxException e) {
            return "the URI is invalid (" + e.getReason() + ")";
        }
        if (host == null || host.isEmpty()) {
            return "the URI has no host";
        }
        if (host.startsWith("[") || Character.isDigit(host.charAt(host.length() - 1))) {
            return null;
        }
        String normalized = host.toLowerCase(Locale.ROOT);
        if (normalized.endsWith(".")) {
            normalized = normalized.substring(0, normalized.length() - 1);
        }
        int dot = normalized.lastIndexOf('.');
        if (dot < 0) {
            return "host '" + host + "' is a single-label name";
        }
        String topLevel = normalized.substring(dot + 1);
        if (RESERVED_TOP_LEVEL.contains(topLevel) || normalized.endsWith(".home.arpa")) {
            return "host '" + host + "' ends in the reserved or private label '" + topLevel + "'";
        }
        return null;
    }
}
