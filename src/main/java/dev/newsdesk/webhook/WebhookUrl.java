package dev.newsdesk.webhook;

import java.net.IDN;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A webhook URL taken apart by our own rules rather than java.net.URI's: URI gives no host for {@code http://127.1/}
 * and reads {@code 0177.0.0.1} as a name, while browsers, curl and libc read both as 127.0.0.1. Every numeric host is
 * therefore decoded the way inet_aton does (one to four parts, each decimal, octal with a leading 0 or hex with 0x)
 * and judged as the address it denotes; a host that looks numeric but decodes to nothing is refused.
 *
 * @param literal the address when the host is written as one, else empty (a name to resolve at each send)
 */
record WebhookUrl(String scheme, String host, int port, String pathAndQuery, Optional<InetAddress> literal) {

    private static final Pattern NUMERIC_PART = Pattern.compile("(0[xX][0-9a-fA-F]*|[0-9]+)");
    private static final Pattern NAME = Pattern.compile(
            "([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");

    /** Why a URL is not acceptable as a webhook target. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    boolean secure() {
        return scheme.equals("https");
    }

    static WebhookUrl parse(String text) throws Invalid {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new Invalid("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Invalid("must be an http or https URL");
        }
        if (uri.isOpaque() || uri.getRawAuthority() == null || uri.getRawAuthority().isEmpty()) {
            throw new Invalid("must name a host");
        }
        String authority = uri.getRawAuthority();
        if (authority.contains("@")) {
            throw new Invalid("must not carry a user name or password");
        }
        if (uri.getRawFragment() != null) {
            throw new Invalid("must not have a fragment");
        }
        String hostPart;
        String portPart = null;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                throw new Invalid("has an unclosed IPv6 address");
            }
            hostPart = authority.substring(0, close + 1);
            String rest = authority.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    throw new Invalid("is not a valid URL");
                }
                portPart = rest.substring(1);
            }
        } else {
            int colon = authority.lastIndexOf(':');
            hostPart = colon < 0 ? authority : authority.substring(0, colon);
            portPart = colon < 0 ? null : authority.substring(colon + 1);
        }
        int port = port(portPart, scheme);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String pathAndQuery = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        if (hostPart.startsWith("[")) {
            InetAddress address = ipv6(hostPart.substring(1, hostPart.length() - 1));
            return new WebhookUrl(scheme, hostPart, port, pathAndQuery, Optional.of(address));
        }
        String host = hostPart.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1); // the root label: "127.0.0.1." is 127.0.0.1
        }
        if (host.isEmpty() || host.contains("%")) {
            throw new Invalid("has an invalid host");
        }
        Optional<InetAddress> numeric = numericIpv4(host);
        if (numeric.isPresent()) {
            return new WebhookUrl(scheme, numeric.get().getHostAddress(), port, pathAndQuery, numeric);
        }
        String ascii;
        try {
            ascii = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new Invalid("has an invalid host");
        }
        if (!NAME.matcher(ascii).matches() || ascii.length() > 253) {
            throw new Invalid("has an invalid host");
        }
        return new WebhookUrl(scheme, ascii, port, pathAndQuery, Optional.empty());
    }

    private static int port(String text, String scheme) throws Invalid {
        if (text == null || text.isEmpty()) {
            return scheme.equals("https") ? 443 : 80;
        }
        if (!text.chars().allMatch(Character::isDigit) || text.length() > 5) {
            throw new Invalid("has an invalid port");
        }
        int port = Integer.parseInt(text);
        if (port < 1 || port > 65535) {
            throw new Invalid("has an invalid port");
        }
        return port;
    }

    /** A bracketed IPv6 literal; a zone id ({@code %25eth0}) is dropped, the address is judged without it. */
    private static InetAddress ipv6(String literal) throws Invalid {
        String address = literal;
        int zone = address.indexOf('%');
        if (zone >= 0) {
            address = address.substring(0, zone);
        }
        if (address.isEmpty() || !address.contains(":") || !address.chars().allMatch(
                c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
            throw new Invalid("has an invalid IPv6 address");
        }
        InetAddress parsed;
        try {
            parsed = InetAddress.getByName("[" + address + "]"); // a literal: no name lookup happens
        } catch (UnknownHostException e) {
            throw new Invalid("has an invalid IPv6 address");
        }
        if (parsed instanceof Inet4Address) {
            // Java turns ::ffff:a.b.c.d into the IPv4 address itself; no public receiver is written that way.
            throw new Invalid("is not a public address: IPv4-mapped (::ffff:0:0/96)");
        }
        return parsed;
    }

    /**
     * The IPv4 address a host denotes when every dot-separated part starts with a digit, as inet_aton reads it;
     * empty for a name. A numeric-looking host that does not decode ({@code 1.2.3.4.5}, {@code 0x1g}) is refused:
     * software that reads it differently could reach an address nobody checked.
     */
    static Optional<InetAddress> numericIpv4(String host) throws Invalid {
        String[] parts = host.split("\\.", -1);
        for (String part : parts) {
            if (part.isEmpty() || !Character.isDigit(part.charAt(0))) {
                if (parts[parts.length - 1].isEmpty() || !Character.isDigit(parts[parts.length - 1].charAt(0))) {
                    return Optional.empty();
                }
                throw new Invalid("has a host that is neither a name nor an IPv4 address");
            }
        }
        if (parts.length > 4) {
            throw new Invalid("has a host that is neither a name nor an IPv4 address");
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if (!NUMERIC_PART.matcher(parts[i]).matches()) {
                throw new Invalid("has a host that is neither a name nor an IPv4 address");
            }
            values[i] = partValue(parts[i]);
        }
        long address = 0;
        for (int i = 0; i < values.length - 1; i++) {
            if (values[i] > 255) {
                throw new Invalid("has an IPv4 address with a part over 255");
            }
            address = address << 8 | values[i];
        }
        int lastBytes = 4 - (values.length - 1);
        long last = values[values.length - 1];
        if (last >= 1L << (8 * lastBytes)) {
            throw new Invalid("has an IPv4 address out of range");
        }
        address = address << (8 * lastBytes) | last;
        byte[] bytes = {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address};
        try {
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an address", e);
        }
    }

    private static long partValue(String part) throws Invalid {
        try {
            if (part.startsWith("0x") || part.startsWith("0X")) {
                return part.length() == 2 ? 0 : parseBounded(part.substring(2), 16);
            }
            if (part.length() > 1 && part.startsWith("0")) {
                return parseBounded(part.substring(1), 8);
            }
            return parseBounded(part, 10);
        } catch (NumberFormatException e) {
            throw new Invalid("has a host that is neither a name nor an IPv4 address");
        }
    }

    private static long parseBounded(String digits, int radix) throws Invalid {
        String trimmed = digits.replaceFirst("^0+(?=.)", "");
        if (trimmed.length() > 12) {
            throw new Invalid("has an IPv4 address out of range");
        }
        return Long.parseLong(trimmed, radix);
    }
}
