package dev.newsdesk.webhook;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Optional;

/**
 * The address ranges a webhook must never reach: anything that is not an ordinary global unicast address. IPv6
 * forms that carry an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by the address they carry, so
 * {@code ::ffff:127.0.0.1} and {@code 2002:7f00:1::} are as much loopback as {@code 127.0.0.1}.
 */
final class SpecialAddresses {

    /** What the address is, if webhooks must not reach it. */
    record Refusal(String range, boolean loopback) {
    }

    private SpecialAddresses() {
    }

    static Optional<Refusal> classify(InetAddress address) {
        byte[] bytes = address.getAddress();
        return address instanceof Inet4Address ? ipv4(bytes) : ipv6(bytes);
    }

    private static Optional<Refusal> ipv4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        if (a0 == 127) {
            return Optional.of(new Refusal("loopback (127.0.0.0/8)", true));
        }
        if (a0 == 0) {
            return refuse("unspecified (0.0.0.0/8)");
        }
        if (a0 == 10) {
            return refuse("private (10.0.0.0/8)");
        }
        if (a0 == 172 && (a1 & 0xf0) == 16) {
            return refuse("private (172.16.0.0/12)");
        }
        if (a0 == 192 && a1 == 168) {
            return refuse("private (192.168.0.0/16)");
        }
        if (a0 == 100 && (a1 & 0xc0) == 64) {
            return refuse("shared address space (100.64.0.0/10)");
        }
        if (a0 == 169 && a1 == 254) {
            return refuse("link-local (169.254.0.0/16)");
        }
        if (a0 == 192 && a1 == 0 && a2 == 0) {
            return refuse("IETF protocol assignments (192.0.0.0/24)");
        }
        if (a0 == 192 && a1 == 0 && a2 == 2) {
            return refuse("documentation (192.0.2.0/24)");
        }
        if (a0 == 198 && a1 == 51 && a2 == 100) {
            return refuse("documentation (198.51.100.0/24)");
        }
        if (a0 == 203 && a1 == 0 && a2 == 113) {
            return refuse("documentation (203.0.113.0/24)");
        }
        if (a0 == 192 && a1 == 88 && a2 == 99) {
            return refuse("6to4 relay anycast (192.88.99.0/24)");
        }
        if (a0 == 198 && (a1 & 0xfe) == 18) {
            return refuse("benchmarking (198.18.0.0/15)");
        }
        if (a0 >= 224 && a0 <= 239) {
            return refuse("multicast (224.0.0.0/4)");
        }
        if (a0 >= 240) {
            return refuse(a0 == 255 && a1 == 255 && a2 == 255 && (b[3] & 0xff) == 255
                    ? "broadcast (255.255.255.255)" : "reserved (240.0.0.0/4)");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> ipv6(byte[] b) {
        if (allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return carried("IPv4-mapped (::ffff:0:0/96)", b, 12);
        }
        if (allZero(b, 0, 12)) {
            if (allZero(b, 12, 15) && (b[15] == 0 || b[15] == 1)) {
                return b[15] == 0 ? refuse("unspecified (::)") : Optional.of(new Refusal("loopback (::1)", true));
            }
            return carried("IPv4-compatible (::/96)", b, 12);
        }
        int w0 = word(b, 0);
        int w1 = word(b, 2);
        if (w0 == 0x64 && w1 == 0xff9b && allZero(b, 4, 12)) {
            return carried("NAT64 (64:ff9b::/96)", b, 12);
        }
        if (w0 == 0x64 && w1 == 0xff9b && word(b, 4) == 1) {
            return refuse("local-use NAT64 (64:ff9b:1::/48)");
        }
        if (w0 == 0x2002) {
            return carried("6to4 (2002::/16)", b, 2);
        }
        if (w0 == 0x0100 && w1 == 0 && word(b, 4) == 0 && word(b, 6) == 0) {
            return refuse("discard-only (100::/64)");
        }
        if (w0 == 0x2001 && w1 == 0x0db8) {
            return refuse("documentation (2001:db8::/32)");
        }
        if (w0 == 0x2001 && w1 < 0x0200) {
            return refuse("IETF protocol assignments (2001::/23)");
        }
        if ((w0 & 0xfff0) == 0x3ff0) {
            return refuse("documentation (3fff::/20)");
        }
        if ((w0 & 0xfe00) == 0xfc00) {
            return refuse("unique local (fc00::/7)");
        }
        if ((w0 & 0xffc0) == 0xfe80) {
            return refuse("link-local (fe80::/10)");
        }
        if ((w0 & 0xffc0) == 0xfec0) {
            return refuse("site-local (fec0::/10)");
        }
        if ((w0 & 0xff00) == 0xff00) {
            return refuse("multicast (ff00::/8)");
        }
        if ((w0 & 0xe000) != 0x2000) {
            return refuse("reserved (outside 2000::/3)");
        }
        return Optional.empty();
    }

    /**
     * An IPv6 form that carries an IPv4 address: refused when the carried address is; the mapped and compatible forms
     * are refused anyway, a public receiver has no reason to be written that way. None of them counts as loopback, so
     * allowing loopback (tests) still refuses these spellings.
     */
    private static Optional<Refusal> carried(String form, byte[] b, int offset) {
        byte[] v4 = {b[offset], b[offset + 1], b[offset + 2], b[offset + 3]};
        Optional<Refusal> inner = ipv4(v4);
        if (inner.isPresent()) {
            return refuse(form + " of " + inner.get().range());
        }
        return form.startsWith("IPv4-") ? refuse(form) : Optional.empty();
    }

    private static int word(byte[] b, int offset) {
        return ((b[offset] & 0xff) << 8) | (b[offset + 1] & 0xff);
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Refusal> refuse(String range) {
        return Optional.of(new Refusal(range, false));
    }
}
