package dev.newsdesk.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Webhook metrics on /q/metrics: {@code newsdesk_webhook_deliveries_total{outcome}} (delivered, failed, refused),
 * {@code newsdesk_webhook_retries_pending} (messages waiting for a retry), {@code newsdesk_webhook_endpoints_disabled}
 * and {@code newsdesk_webhook_oldest_pending_seconds}, the age of the oldest undelivered message: how far receivers
 * lag behind the change log. The gauges are refreshed by the worker each round, never by a scrape, so a scrape costs
 * no query.
 */
@ApplicationScoped
public class WebhookMetrics {

    private final MeterRegistry registry;
    private final Map<String, Counter> deliveries = new ConcurrentHashMap<>();
    private final AtomicLong retriesPending = new AtomicLong();
    private final AtomicLong disabledEndpoints = new AtomicLong();
    private final AtomicLong oldestPendingSeconds = new AtomicLong();

    public WebhookMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("newsdesk.webhook.retries.pending", retriesPending, AtomicLong::get)
                .description("Webhook messages waiting for a retry").register(registry);
        Gauge.builder("newsdesk.webhook.endpoints.disabled", disabledEndpoints, AtomicLong::get)
                .description("Webhook endpoints disabled (by the receiver's 410, lasting failure or an admin)")
                .register(registry);
        Gauge.builder("newsdesk.webhook.oldest.pending", oldestPendingSeconds, AtomicLong::get)
                .baseUnit("seconds").description("Age of the oldest undelivered webhook message").register(registry);
        for (String outcome : new String[] {"delivered", "failed", "refused"}) {
            counter(outcome);
        }
    }

    void delivery(String outcome) {
        counter(outcome).increment();
    }

    void refresh(long retries, long disabled, long oldestSeconds) {
        retriesPending.set(retries);
        disabledEndpoints.set(disabled);
        oldestPendingSeconds.set(oldestSeconds);
    }

    private Counter counter(String outcome) {
        return deliveries.computeIfAbsent(outcome, o -> Counter.builder("newsdesk.webhook.deliveries")
                .description("Webhook delivery attempts by outcome").tag("outcome", o).register(registry));
    }
}
