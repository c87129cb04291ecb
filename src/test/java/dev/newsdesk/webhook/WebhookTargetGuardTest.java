package dev.newsdesk.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SSRF guard on its own: every range and spelling, at registration and at send time. */
class WebhookTargetGuardTest {

    private final TestHostResolver dns = new TestHostResolver();
    private final WebhookTargetGuard guard = new WebhookTargetGuard(dns, false);

    /** URL → the message of the refusal (the text after "url "). */
    static final Map<String, String> REFUSED_ADDRESSES = new LinkedHashMap<>();

    static {
        Map<String, String> m = REFUSED_ADDRESSES;
        m.put("http://127.0.0.1/hook", "is not a public address: loopback (127.0.0.0/8)");
        m.put("http://127.1/hook", "is not a public address: loopback (127.0.0.0/8)");
        m.put("http://127.0.1/hook", "is not a public address: loopback (127.0.0.0/8)");
        m.put("http://2130706433/hook", "is not a public address: loopback (127.0.0.0/8)");
        m.put("http://0177.0.0.1/hook", "is not a public address: loopback (127.0.0.0/8)");
        m.put("http://0x7f.1/hook", "is not a public address: loopback (127.0.0.0/8)");
        m.put("http://0X7F.0.0.1/hook", "is not a public address: loopback (127.0.0.0/8)");
        m.put("http://0x7f000001/hook", "is not a public address: loopback (127.0.0.0/8)");
        m.put("http://017700000001/hook", "is not a public address: loopback (127.0.0.0/8)");
        m.put("http://127.0.0.1./hook", "is not a public address: loopback (127.0.0.0/8)");
        m.put("http://127.255.255.254:8080/hook", "is not a public address: loopback (127.0.0.0/8)");
        m.put("http://[::1]/hook", "is not a public address: loopback (::1)");
        m.put("http://[0:0:0:0:0:0:0:1]:8443/hook", "is not a public address: loopback (::1)");
        m.put("http://[::ffff:127.0.0.1]/hook", "is not a public address: IPv4-mapped (::ffff:0:0/96)");
        m.put("http://[::ffff:7f00:1]/hook", "is not a public address: IPv4-mapped (::ffff:0:0/96)");
        m.put("http://[::ffff:8.8.8.8]/hook", "is not a public address: IPv4-mapped (::ffff:0:0/96)");
        m.put("http://[::127.0.0.1]/hook", "is not a public address: IPv4-compatible (::/96) of loopback (127.0.0.0/8)");
        m.put("http://[::8.8.8.8]/hook", "is not a public address: IPv4-compatible (::/96)");
        m.put("http://[64:ff9b::127.0.0.1]/hook", "is not a public address: NAT64 (64:ff9b::/96) of loopback (127.0.0.0/8)");
        m.put("http://[64:ff9b::a00:1]/hook", "is not a public address: NAT64 (64:ff9b::/96) of private (10.0.0.0/8)");
        m.put("http://[64:ff9b:1::1]/hook", "is not a public address: local-use NAT64 (64:ff9b:1::/48)");
        m.put("http://[2002:7f00:1::]/hook", "is not a public address: 6to4 (2002::/16) of loopback (127.0.0.0/8)");
        m.put("http://[2002:c0a8:101::1]/hook", "is not a public address: 6to4 (2002::/16) of private (192.168.0.0/16)");
        m.put("http://[fe80::1%25eth0]/hook", "is not a public address: link-local (fe80::/10)");
        m.put("http://[fe80::1]/hook", "is not a public address: link-local (fe80::/10)");
        m.put("http://[FEBF::1]/hook", "is not a public address: link-local (fe80::/10)");
        m.put("http://[fc00::1]/hook", "is not a public address: unique local (fc00::/7)");
        m.put("http://[fd12:3456:789a::1]/hook", "is not a public address: unique local (fc00::/7)");
        m.put("http://[fec0::1]/hook", "is not a public address: site-local (fec0::/10)");
        m.put("http://[ff02::1]/hook", "is not a public address: multicast (ff00::/8)");
        m.put("http://[::]/hook", "is not a public address: unspecified (::)");
        m.put("http://[2001:db8::1]/hook", "is not a public address: documentation (2001:db8::/32)");
        m.put("http://[3fff::1]/hook", "is not a public address: documentation (3fff::/20)");
        m.put("http://[2001::1]/hook", "is not a public address: IETF protocol assignments (2001::/23)");
        m.put("http://[100::1]/hook", "is not a public address: discard-only (100::/64)");
        m.put("http://[4000::1]/hook", "is not a public address: reserved (outside 2000::/3)");
        m.put("http://0.0.0.0/hook", "is not a public address: unspecified (0.0.0.0/8)");
        m.put("http://0/hook", "is not a public address: unspecified (0.0.0.0/8)");
        m.put("http://10.0.0.1/hook", "is not a public address: private (10.0.0.0/8)");
        m.put("http://012.1/hook", "is not a public address: private (10.0.0.0/8)");
        m.put("http://172.16.0.1/hook", "is not a public address: private (172.16.0.0/12)");
        m.put("http://172.31.255.255/hook", "is not a public address: private (172.16.0.0/12)");
        m.put("http://192.168.1.1/hook", "is not a public address: private (192.168.0.0/16)");
        m.put("http://3232235777/hook", "is not a public address: private (192.168.0.0/16)");
        m.put("http://100.64.0.1/hook", "is not a public address: shared address space (100.64.0.0/10)");
        m.put("http://100.127.255.255/hook", "is not a public address: shared address space (100.64.0.0/10)");
        m.put("http://169.254.169.254/latest/meta-data", "is not a public address: link-local (169.254.0.0/16)");
        m.put("http://0xa9fea9fe/latest/meta-data", "is not a public address: link-local (169.254.0.0/16)");
        m.put("http://224.0.0.1/hook", "is not a public address: multicast (224.0.0.0/4)");
        m.put("http://239.255.255.250/hook", "is not a public address: multicast (224.0.0.0/4)");
        m.put("http://255.255.255.255/hook", "is not a public address: broadcast (255.255.255.255)");
        m.put("http://240.0.0.1/hook", "is not a public address: reserved (240.0.0.0/4)");
        m.put("http://192.0.0.8/hook", "is not a public address: IETF protocol assignments (192.0.0.0/24)");
        m.put("http://192.0.2.1/hook", "is not a public address: documentation (192.0.2.0/24)");
        m.put("http://198.51.100.7/hook", "is not a public address: documentation (198.51.100.0/24)");
        m.put("http://203.0.113.9/hook", "is not a public address: documentation (203.0.113.0/24)");
        m.put("http://198.18.0.1/hook", "is not a public address: benchmarking (198.18.0.0/15)");
        m.put("http://192.88.99.1/hook", "is not a public address: 6to4 relay anycast (192.88.99.0/24)");
    }

    /** Malformed or unacceptable URLs, whatever they resolve to. */
    static final Map<String, String> REFUSED_URLS = new LinkedHashMap<>();

    static {
        Map<String, String> m = REFUSED_URLS;
        m.put("ftp://files.example.com/hook", "must be an http or https URL");
        m.put("file:///etc/passwd", "must be an http or https URL");
        m.put("javascript:alert(1)", "must be an http or https URL");
        m.put("hooks.example.com/hook", "must be an http or https URL");
        m.put("http:///hook", "must name a host");
        m.put("https://user:secret@hooks.example.com/hook", "must not carry a user name or password");
        m.put("https://user@hooks.example.com/hook", "must not carry a user name or password");
        m.put("https://hooks.example.com@127.0.0.1/hook", "must not carry a user name or password");
        m.put("https://hooks.example.com/hook#part", "must not have a fragment");
        m.put("https://hooks.example.com:99999/hook", "has an invalid port");
        m.put("https://hooks.example.com:0/hook", "has an invalid port");
        m.put("http://1.2.3.4.5/hook", "has a host that is neither a name nor an IPv4 address");
        m.put("http://0x1g.1/hook", "has a host that is neither a name nor an IPv4 address");
        m.put("http://08.0.0.1/hook", "has a host that is neither a name nor an IPv4 address");
        m.put("http://hooks.example.1/hook", "has a host that is neither a name nor an IPv4 address");
        m.put("http://256.1.1.1/hook", "has an IPv4 address with a part over 255");
        m.put("http://1.2.3.256/hook", "has an IPv4 address out of range");
        m.put("http://4294967296/hook", "has an IPv4 address out of range");
        m.put("http://%31%32%37.0.0.1/hook", "has an invalid host");
        m.put("http://hooks_example.com/hook", "has an invalid host");
        m.put("http://[::1/hook", "is not a valid URL");
        m.put("http://[hooks.example.com]/hook", "is not a valid URL");
        m.put("not a url", "is not a valid URL");
    }

    @Test
    void everySpecialRangeInEverySpellingIsRefusedAtRegistration() {
        REFUSED_ADDRESSES.forEach((url, message) -> assertEquals(message,
                assertThrows(WebhookUrl.Invalid.class, () -> guard.checkRegistration(url), url).getMessage(), url));
    }

    @Test
    void malformedAndUnacceptableUrlsAreRefused() {
        REFUSED_URLS.forEach((url, message) -> assertEquals(message,
                assertThrows(WebhookUrl.Invalid.class, () -> guard.checkRegistration(url), url).getMessage(), url));
    }

    @Test
    void aNameIsJudgedByEveryAddressItResolvesTo() {
        dns.answer("localhost", "127.0.0.1", "::1");
        dns.answer("internal.test", "10.1.2.3");
        dns.answer("mixed.test", "93.184.216.34", "192.168.0.10");
        dns.answer("metadata.test", "fd00:ec2::254");
        assertEquals("resolves to 127.0.0.1, not a public address: loopback (127.0.0.0/8)",
                assertThrows(WebhookUrl.Invalid.class, () -> guard.checkRegistration("http://LOCALHOST/x")).getMessage());
        assertEquals("resolves to 10.1.2.3, not a public address: private (10.0.0.0/8)",
                assertThrows(WebhookUrl.Invalid.class, () -> guard.checkRegistration("https://internal.test/")).getMessage());
        assertEquals("resolves to 192.168.0.10, not a public address: private (192.168.0.0/16)",
                assertThrows(WebhookUrl.Invalid.class, () -> guard.checkRegistration("https://mixed.test/")).getMessage());
        assertEquals("resolves to fd00:ec2:0:0:0:0:0:254, not a public address: unique local (fc00::/7)",
                assertThrows(WebhookUrl.Invalid.class, () -> guard.checkRegistration("https://metadata.test/")).getMessage());
    }

    @Test
    void publicTargetsAreAccepted() throws Exception {
        dns.answer("hooks.example.com", "93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946");
        for (String url : List.of("https://hooks.example.com/newsdesk", "https://HOOKS.example.com./newsdesk?x=1",
                "http://93.184.216.34:8080/hook", "http://[2606:4700:4700::1111]/hook", "http://8.8.8.8/",
                "https://not-yet-in-dns.example.org/hook", "http://[2606:4700::8.8.8.8]/hook")) {
            guard.checkRegistration(url);
        }
        WebhookUrl parsed = guard.checkRegistration("https://HOOKS.example.com./newsdesk?x=1");
        assertEquals("hooks.example.com", parsed.host());
        assertEquals(443, parsed.port());
        assertEquals("/newsdesk?x=1", parsed.pathAndQuery());
    }

    @Test
    void atSendTimeTheNameIsResolvedAgainAndAChangedAnswerIsRefused() throws Exception {
        dns.answer("rebind.test", "93.184.216.34");
        WebhookUrl target = guard.checkRegistration("https://rebind.test/hook");
        assertEquals("93.184.216.34", guard.addressToSend(target).getHostAddress());

        dns.answer("rebind.test", "169.254.169.254");
        assertEquals("rebind.test resolves to 169.254.169.254, not a public address: link-local (169.254.0.0/16); not sent",
                assertThrows(WebhookTargetGuard.Refused.class, () -> guard.addressToSend(target)).getMessage());
        dns.answer("rebind.test", "93.184.216.34", "::ffff:10.0.0.1");
        assertEquals("rebind.test resolves to 10.0.0.1, not a public address: private (10.0.0.0/8); not sent",
                assertThrows(WebhookTargetGuard.Refused.class, () -> guard.addressToSend(target)).getMessage());
        dns.forget("rebind.test");
        assertEquals("rebind.test does not resolve",
                assertThrows(WebhookTargetGuard.Refused.class, () -> guard.addressToSend(target)).getMessage());
    }

    @Test
    void allowingLoopbackAdmitsOnlyPlainLoopback() throws Exception {
        WebhookTargetGuard tests = new WebhookTargetGuard(dns, true);
        tests.checkRegistration("http://127.0.0.1:8080/hook");
        tests.checkRegistration("http://[::1]:8080/hook");
        tests.checkRegistration("http://127.1:8080/hook");
        for (String url : List.of("http://[::ffff:127.0.0.1]/", "http://[2002:7f00:1::]/", "http://10.0.0.1/",
                "http://0.0.0.0/", "http://169.254.169.254/")) {
            assertThrows(WebhookUrl.Invalid.class, () -> tests.checkRegistration(url), url);
        }
    }
}
