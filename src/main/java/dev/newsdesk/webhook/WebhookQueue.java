package dev.newsdesk.webhook;

import dev.newsdesk.config.WebhooksConfig;
import dev.newsdesk.web.request.ApiTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The worker's transactions: claiming due messages, and recording what came of each attempt (the delivery log,
 * the retry schedule, and disabling an endpoint that is gone or has failed for too long).
 */
@ApplicationScoped
public class WebhookQueue {

    private static final int ERROR_LIMIT = 500;

    private final WebhookMessageRepository messages;
    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookSecrets secrets;
    private final WebhookMetrics metrics;
    private final WebhooksConfig config;
    private final ApiTime time;
    private final Clock clock;

    public WebhookQueue(WebhookMessageRepository messages, WebhookEndpointRepository endpoints,
                        WebhookDeliveryRepository deliveries, WebhookSecrets secrets, WebhookMetrics metrics,
                        WebhooksConfig config, ApiTime time, Clock clock) {
        this.messages = messages;
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.secrets = secrets;
        this.metrics = metrics;
        this.config = config;
        this.time = time;
        this.clock = clock;
    }

    /** Leases up to {@code limit} due messages to {@code owner}; no other worker gets them until the lease ends. */
    @Transactional
    public List<WebhookAttempt> claim(String owner, int limit) {
        Instant now = now();
        Instant until = now.plus(config.worker().lease());
        List<WebhookAttempt> claimed = new ArrayList<>();
        for (String id : messages.lockDue(now, limit)) {
            if (!messages.lease(id, owner, now, until)) {
                continue;
            }
            WebhookMessage message = messages.findById(id);
            WebhookEndpoint endpoint = endpoints.findById(message.getEndpointId());
            claimed.add(new WebhookAttempt(id, message.getEventType(), endpoint.getId(), endpoint.getUrl(),
                    signingSecrets(endpoint, now),
                    message.getPayload(), message.getAttempts() + 1));
        }
        return claimed;
    }

    /** The secrets that sign now: the current one, and the previous one during its grace period. */
    private List<String> signingSecrets(WebhookEndpoint endpoint, Instant now) {
        List<String> signing = new ArrayList<>(List.of(secrets.open(endpoint.getSecret())));
        if (endpoint.getPreviousSecret() != null && endpoint.getPreviousSecretUntil() != null
                && now.isBefore(endpoint.getPreviousSecretUntil())) {
            signing.add(secrets.open(endpoint.getPreviousSecret()));
        }
        return signing;
    }

    /** Records an attempt that got an HTTP answer or failed on the way. */
    @Transactional
    public void record(WebhookAttempt attempt, WebhookSender.Outcome outcome) {
        String kind = outcome.succeeded() ? "delivered" : "failed";
        log(attempt, kind, outcome.status(), outcome.durationMs(), outcome.error(), outcome.body());
        settle(attempt, outcome.succeeded(), outcome.status(), outcome.retryAfter());
        metrics.delivery(kind);
    }

    /** Records an attempt the SSRF guard stopped before anything was sent. */
    @Transactional
    public void recordRefused(WebhookAttempt attempt, String reason) {
        log(attempt, "refused", null, 0, reason, null);
        settle(attempt, false, null, null);
        metrics.delivery("refused");
    }

    private void log(WebhookAttempt attempt, String outcome, Integer status, long durationMs, String error,
                     String body) {
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.setEndpointId(attempt.endpointId());
        delivery.setMessageId(attempt.messageId());
        delivery.setEventType(attempt.eventType());
        delivery.setAttempt(attempt.attempt());
        delivery.setAttemptedAt(now());
        delivery.setOutcome(outcome);
        delivery.setHttpStatus(status);
        delivery.setDurationMs(durationMs);
        delivery.setError(error == null || error.length() <= ERROR_LIMIT ? error : error.substring(0, ERROR_LIMIT));
        delivery.setResponseBody(body == null || body.isEmpty() ? null : body);
        deliveries.persist(delivery);
    }

    private void settle(WebhookAttempt attempt, boolean delivered, Integer status, String retryAfter) {
        Optional<WebhookMessage> found = messages.findByIdOptional(attempt.messageId());
        Optional<WebhookEndpoint> endpointFound = endpoints.findByIdOptional(attempt.endpointId());
        if (found.isEmpty() || endpointFound.isEmpty()) {
            return; // the endpoint was deleted meanwhile
        }
        WebhookMessage message = found.get();
        WebhookEndpoint endpoint = endpointFound.get();
        Instant now = now();
        message.setLeaseOwner(null);
        message.setLeaseUntil(null);
        message.setAttempts(Math.max(message.getAttempts(), attempt.attempt()));
        if (delivered) {
            message.setStatus(WebhookMessage.DELIVERED);
            message.setDeliveredAt(now);
            endpoint.setFailingSince(null);
            return;
        }
        if (WebhookMessage.DELIVERED.equals(message.getStatus())) {
            return; // another worker delivered it after this one's lease ran out
        }
        message.setNextAttemptAt(now.plus(retryDelay(attempt.attempt(), retryAfter, now)));
        if (endpoint.getFailingSince() == null) {
            endpoint.setFailingSince(now);
        }
        if (status != null && status == 410) {
            disable(endpoint, "The receiver answered 410 Gone", now);
        } else if (!Duration.between(endpoint.getFailingSince(), now).minus(config.disableAfter()).isNegative()) {
            disable(endpoint, "Every delivery failed since "
                    + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.format(endpoint.getFailingSince())), now);
        }
    }

    private void disable(WebhookEndpoint endpoint, String reason, Instant now) {
        if (endpoint.isEnabled()) {
            endpoint.setEnabled(false);
            endpoint.setDisabledReason(reason);
            endpoint.setDisabledAt(now);
            endpoint.setUpdatedAt(now);
        }
    }

    /**
     * Exponential backoff with jitter: initial × 2^(attempt−1), capped, drawn within ±jitter of that; a Retry-After
     * from the receiver (seconds or an HTTP date) lengthens the wait, up to the same cap.
     */
    Duration retryDelay(int attempt, String retryAfter, Instant now) {
        Duration max = config.retry().max();
        Duration nominal = config.retry().initial().multipliedBy(1L << Math.min(attempt - 1, 30));
        if (nominal.compareTo(max) > 0 || nominal.isNegative()) {
            nominal = max;
        }
        double spread = config.retry().jitter() * (2 * ThreadLocalRandom.current().nextDouble() - 1);
        Duration delay = Duration.ofMillis(Math.max(0, Math.round(nominal.toMillis() * (1 + spread))));
        Optional<Duration> asked = retryAfter(retryAfter, now);
        if (asked.isPresent() && asked.get().compareTo(delay) > 0) {
            delay = asked.get().compareTo(max) > 0 ? max : asked.get();
        }
        return delay;
    }

    static Optional<Duration> retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        if (value.chars().allMatch(Character::isDigit) && value.length() <= 9) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return at.isAfter(now) ? Optional.of(Duration.between(now, at)) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The gauges' values, read once per worker round. */
    @Transactional
    public void refreshMetrics() {
        Instant now = now();
        long oldest = messages.oldestPendingCreatedAt().map(at -> Math.max(0, Duration.between(at, now).toSeconds()))
                .orElse(0L);
        metrics.refresh(messages.countRetriesPending(), endpoints.countDisabled(), oldest);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
