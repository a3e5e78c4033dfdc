package io.github.smimecheck.check.rules.br;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.x509.GeneralName;

/** URI helpers shared by the CRL distribution point, authority information access and policy rules. */
final class Uris {

    /**
     * Top-level labels reserved for special or private use (RFC 2606, RFC 6761, RFC 6762, RFC 7686,
     * RFC 9476 and ICANN's reservation of "internal"), plus names commonly used on private networks.
     * The name home.arpa (RFC 8375) is checked separately.
     */
    private static final Set<String> RESERVED_TOP_LEVEL = Set.of("local", "localhost", "internal", "test", "example",
            "invalid", "onion", "alt", "lan", "corp", "home", "intranet", "private", "localdomain");

    /** A host of digits and dots: an IPv4 literal, valid or not, never a domain name to look up. */
    private static final Pattern IP_ADDRESS_LIKE = Pattern.compile("[0-9.]+");

    private Uris() {
    }

    /** Returns the lower-case scheme of a URI (RFC 3986 3.1), or an empty string when it has none. */
    static String scheme(String uri) {
        int colon = uri.indexOf(':');
        if (colon <= 0 || !Character.isLetter(uri.charAt(0)) || uri.charAt(0) > 'z') {
            return "";
        }
        for (int i = 1; i < colon; i++) {
            char c = uri.charAt(i);
            boolean allowed = c < 128 && (Character.isLetterOrDigit(c) || c == '+' || c == '.' || c == '-');
            if (!allowed) {
                return "";
            }
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
     * Returns the host of a hierarchical URI ({@code scheme://[userinfo@]host[:port]/...}), or an
     * empty string when the URI has no scheme or no authority. A bracketed IPv6 literal keeps its
     * brackets. This is a deliberately small parser: java.net.URI costs several microseconds per
     * call, and only the host matters here.
     */
    static String host(String uri) {
        int start = uri.indexOf("://");
        if (scheme(uri).isEmpty() || start < 0) {
            return "";
        }
        start += 3;
        int end = start;
        while (end < uri.length() && "/?#".indexOf(uri.charAt(end)) < 0) {
            end++;
        }
        int at = uri.lastIndexOf('@', end - 1);
        String authority = uri.substring(Math.max(start, at + 1), end);
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            return close < 0 ? "" : authority.substring(0, close + 1);
        }
        int colon = authority.indexOf(':');
        return colon < 0 ? authority : authority.substring(0, colon);
    }

    /**
     * Returns why the URI's host is not a public domain name or address, or null when it looks like
     * one. A host is internal when it is missing, has a single label, ends in a reserved top-level
     * label, or is a private, loopback, link-local or unspecified IP address.
     */
    // NOTE: the top-level label is not checked against the IANA root zone, so a made-up label such as
    // "acme" is accepted. Only the reserved and common private labels above are rejected.
    static String internalNameProblem(String uri) {
        String host = host(uri);
        if (host.isEmpty()) {
            return "the URI has no host";
        }
        if (host.startsWith("[") || IP_ADDRESS_LIKE.matcher(host).matches()) {
            return InternalAddresses.problem(host);
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
