package dev.newsdesk.ratelimit;

import dev.newsdesk.apikey.ApiKeySecrets;
import dev.newsdesk.config.RateLimitConfig;
import dev.newsdesk.web.problem.ProblemCode;
import dev.newsdesk.web.problem.ProblemWriter;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Rate limits for everything but /q/*, before the cache-hit route and Quarkus REST, so cached answers count too.
 * A request with a valid API key spends its key's budget, any other its client address's; the delivery and the
 * editorial API have budgets of their own. An unknown or revoked key also spends the address's failed-key budget,
 * and once that is gone every request with a key from that address is refused unchecked. Every answer carries
 * RateLimit-Policy and RateLimit (draft-ietf-httpapi-ratelimit-headers-10); a refusal is a 429 problem with
 * Retry-After; a 304 gives its request back.
 */
@ApplicationScoped
public class RateLimitRoute {

    /** After web/edge (-200) and CORS (-150), before the body-size check (-3) and the cache-hit route (-1). */
    public static final int ORDER = -100;
    private static final Logger LOG = Logger.getLogger(RateLimitRoute.class);
    private static final String BEARER = "Bearer ";

    private final boolean enabled;
    private final Budgets deliveryAddress;
    private final Budgets deliveryKey;
    private final Budgets editorialAddress;
    private final Budgets editorialKey;
    private final Budgets failedKeys;
    private final KeyPartitions partitions;
    private final ProblemWriter problems;

    public RateLimitRoute(RateLimitConfig config, KeyPartitions partitions, ProblemWriter problems, Clock clock) {
        this.enabled = config.enabled();
        long max = config.maxClients();
        this.deliveryAddress = new Budgets(RateLimitPolicy.of("delivery-address", config.deliveryAddress()), max, clock);
        this.deliveryKey = new Budgets(RateLimitPolicy.of("delivery-key", config.deliveryKey()), max, clock);
        this.editorialAddress = new Budgets(RateLimitPolicy.of("editorial-address", config.editorialAddress()), max,
                clock);
        this.editorialKey = new Budgets(RateLimitPolicy.of("editorial-key", config.editorialKey()), max, clock);
        this.failedKeys = new Budgets(RateLimitPolicy.of("failed-keys", config.failedKeys()), max, clock);
        this.partitions = partitions;
        this.problems = problems;
    }

    void install(@Observes Router router) {
        if (enabled) {
            router.route().order(ORDER).handler(this::handle);
        }
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.path().startsWith("/q/")) {
            context.next();
            return;
        }
        boolean editorial = request.path().startsWith("/api/v1/editorial");
        String address = ClientAddress.of(request.remoteAddress());
        String secret = bearer(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (secret == null) {
            spend(context, editorial ? editorialAddress : deliveryAddress, address);
        } else if (failedKeys.exhausted(address)) {
            refuse(context, failedKeys.spend(address));
        } else {
            Optional<UUID> remembered = partitions.rememberedOrNull(secret);
            if (remembered != null) {
                withKey(context, editorial, address, secret, remembered);
            } else {
                // The key lookup queries the database: off the event loop (Quarkus keeps the request paused meanwhile).
                context.vertx().executeBlocking(() -> partitions.lookUp(secret), false).onComplete(result -> {
                    if (result.succeeded()) {
                        withKey(context, editorial, address, secret, result.result());
                    } else {
                        // Database down: count the address; the request goes on to meet its 503.
                        spend(context, editorial ? editorialAddress : deliveryAddress, address);
                    }
                });
            }
        }
    }

    private void withKey(RoutingContext context, boolean editorial, String address, String secret,
                         Optional<UUID> key) {
        if (key.isPresent()) {
            spend(context, editorial ? editorialKey : deliveryKey, key.get().toString());
            return;
        }
        Budgets.Spent attempt = failedKeys.spend(address);
        LOG.warnf("Unknown or revoked API key %s... from %s on %s %s: %s", ApiKeySecrets.displayPrefix(secret),
                address, context.request().method(), context.request().path(), attempt.probe().getRemainingTokens() > 0
                        ? attempt.probe().getRemainingTokens() + " more failed attempts allowed in this window"
                        : "no more failed attempts allowed for " + attempt.resetSeconds() + " s");
        spend(context, editorial ? editorialAddress : deliveryAddress, address);
    }

    private void spend(RoutingContext context, Budgets budgets, String client) {
        Budgets.Spent spent = budgets.spend(client);
        if (!spent.allowed()) {
            refuse(context, spent);
            return;
        }
        context.addHeadersEndHandler(ignored -> {
            boolean notModified = context.response().getStatusCode() == 304;
            if (notModified) {
                spent.refund();
            }
            advertise(context.response().headers(), spent, notModified);
        });
        context.next();
    }

    private void refuse(RoutingContext context, Budgets.Spent spent) {
        RateLimitPolicy policy = spent.budgets().policy();
        context.addHeadersEndHandler(ignored -> advertise(context.response().headers(), spent, false));
        context.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(spent.resetSeconds()));
        problems.send(context, ProblemCode.RATE_LIMITED, "The " + policy.name() + " budget of " + policy.quota()
                + " requests per " + policy.windowSeconds() + " s is spent; retry after " + spent.resetSeconds()
                + " s", context.request().path());
    }

    private static void advertise(MultiMap headers, Budgets.Spent spent, boolean refunded) {
        headers.set("RateLimit-Policy", spent.budgets().policy().policyHeader());
        headers.set("RateLimit", spent.limitHeader(refunded));
    }

    private static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String secret = authorization.substring(BEARER.length()).strip();
        return secret.isEmpty() ? null : secret;
    }
}
