package dev.newsdesk.ratelimit;

import io.vertx.core.net.SocketAddress;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The client a request is counted against when it has no valid key. Behind a load balancer or CDN this is the
 * forwarded address once quarkus.http.proxy.proxy-address-forwarding is on (with trusted-proxies set). IPv6 clients
 * are counted per /64: one host usually holds a whole /64, and would otherwise get a fresh budget per address.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(SocketAddress remote) {
        String host = remote == null ? null : remote.hostAddress();
        if (host == null) {
            return "unknown";
        }
        if (host.indexOf(':') < 0) {
            return host;
        }
        try {
            byte[] bytes = InetAddress.getByName(host).getAddress();
            if (bytes.length == 16) {
                for (int i = 8; i < 16; i++) {
                    bytes[i] = 0;
                }
                return Inet6Address.getByAddress(bytes).getHostAddress() + "/64";
            }
        } catch (UnknownHostException e) {
            // a literal address always parses; fall through to the raw text
        }
        return host;
    }
}
