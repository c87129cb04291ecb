package dev.newsdesk.webhook;

import dev.newsdesk.config.WebhooksConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * The SSRF guard: a webhook reaches only ordinary public addresses. Checked when an endpoint is registered and again
 * before every send, because a name's DNS answer can change in between; the sender then connects to exactly the
 * address checked here, never resolving the name a second time.
 */
@ApplicationScoped
public class WebhookTargetGuard {

    private final HostResolver resolver;
    private final boolean allowLoopback;

    @Inject
    public WebhookTargetGuard(HostResolver resolver, WebhooksConfig config) {
        this(resolver, config.allowLoopback());
    }

    WebhookTargetGuard(HostResolver resolver, boolean allowLoopback) {
        this.resolver = resolver;
        this.allowLoopback = allowLoopback;
    }

    /** A target refused at send time: what it resolved to and why that is not allowed. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Registration: the URL must be well formed and must not denote or resolve to a special address. A name that
     * does not resolve yet is accepted (its records may come later); every send checks it again.
     */
    public WebhookUrl checkRegistration(String url) throws WebhookUrl.Invalid {
        WebhookUrl target = WebhookUrl.parse(url);
        List<InetAddress> addresses;
        if (target.literal().isPresent()) {
            addresses = List.of(target.literal().get());
        } else {
            try {
                addresses = resolver.resolve(target.host());
            } catch (UnknownHostException e) {
                return target;
            }
        }
        for (InetAddress address : addresses) {
            Optional<String> refusal = refusal(address);
            if (refusal.isPresent()) {
                throw new WebhookUrl.Invalid(target.literal().isPresent()
                        ? "is not a public address: " + refusal.get()
                        : "resolves to " + address.getHostAddress() + ", not a public address: " + refusal.get());
            }
        }
        return target;
    }

    /** Send time: the address to connect to, resolved now; every address of the answer must be allowed. */
    public InetAddress addressToSend(WebhookUrl target) throws Refused {
        List<InetAddress> addresses;
        if (target.literal().isPresent()) {
            addresses = List.of(target.literal().get());
        } else {
            try {
                addresses = resolver.resolve(target.host());
            } catch (UnknownHostException e) {
                throw new Refused(target.host() + " does not resolve");
            }
        }
        if (addresses.isEmpty()) {
            throw new Refused(target.host() + " does not resolve");
        }
        for (InetAddress address : addresses) {
            Optional<String> refusal = refusal(address);
            if (refusal.isPresent()) {
                throw new Refused(target.host() + " resolves to " + address.getHostAddress()
                        + ", not a public address: " + refusal.get() + "; not sent");
            }
        }
        return addresses.get(0);
    }

    private Optional<String> refusal(InetAddress address) {
        return SpecialAddresses.classify(address)
                .filter(refusal -> !(allowLoopback && refusal.loopback()))
                .map(SpecialAddresses.Refusal::range);
    }
}
