package io.github.smimecheck.check.rules.br;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Decides whether an IP literal in a URL is an internal address: private (RFC 1918, IPv6 unique
 * local fc00::/7), shared (100.64.0.0/10), loopback, link-local or unspecified.
 */
// NOTE: the other special-purpose ranges of the IANA registries, such as the documentation
// networks, are accepted.
final class InternalAddresses {

    private InternalAddresses() {
    }

    /**
     * Returns why the host literal is internal or invalid, or null when it is a public address. The
     * host is an IPv6 literal in brackets or a string of digits and dots. Neither causes a DNS
     * lookup, because IPv4 text is parsed here and InetAddress parses bracket-free IPv6 text itself.
     */
    static String problem(String host) {
        byte[] address = host.startsWith("[") ? ipv6(host) : ipv4(host);
        if (address == null) {
            return "host '" + host + "' is not a valid IP address";
        }
        InetAddress parsed;
        try {
            parsed = InetAddress.getByAddress(address);
        } catch (UnknownHostException e) {
            return "host '" + host + "' is not a valid IP address";
        }

        boolean uniqueLocal = address.length == 16 && (address[0] & 0xFE) == 0xFC;
        boolean shared = address.length == 4 && (address[0] & 0xFF) == 100 && (address[1] & 0xC0) == 64;
        if (parsed.isSiteLocalAddress() || uniqueLocal || shared || parsed.isLoopbackAddress()
                || parsed.isLinkLocalAddress() || parsed.isAnyLocalAddress()) {
            return "host '" + host + "' is a private, loopback, link-local or unspecified address";
        }
        return null;
    }

    private static byte[] ipv4(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] address = new byte[4];
        for (int i = 0; i < 4; i++) {
            if (parts[i].isEmpty() || parts[i].length() > 3 || Integer.parseInt(parts[i]) > 255) {
                return null;
            }
            address[i] = (byte) Integer.parseInt(parts[i]);
        }
        return address;
    }

    private static byte[] ipv6(String host) {
        String literal = host.substring(1, host.length() - 1);
        if (literal.isEmpty() || !literal.contains(":") || !literal.matches("[0-9A-Fa-f:.]+")) {
            return null;
        }
        try {
            return InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
