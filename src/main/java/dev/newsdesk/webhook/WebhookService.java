package dev.newsdesk.webhook;

import dev.newsdesk.config.WebhooksConfig;
import dev.newsdesk.web.paging.PageAddress;
import dev.newsdesk.web.paging.PageMeta;
import dev.newsdesk.web.paging.PageWindow;
import dev.newsdesk.web.problem.Problem;
import dev.newsdesk.web.problem.ProblemException;
import dev.newsdesk.web.request.ApiTime;
import dev.newsdesk.webhook.api.WebhookCreateRequest;
import dev.newsdesk.webhook.api.WebhookDeliveryPage;
import dev.newsdesk.webhook.api.WebhookDeliveryResponse;
import dev.newsdesk.webhook.api.WebhookList;
import dev.newsdesk.webhook.api.WebhookMessageResponse;
import dev.newsdesk.webhook.api.WebhookResponse;
import dev.newsdesk.webhook.api.WebhookUpdateRequest;
import dev.newsdesk.webhook.api.WebhookWithSecret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/** Webhook endpoints: registering, changing, rotating secrets, the delivery log and redelivery. */
@ApplicationScoped
public class WebhookService {

    private final WebhookEndpointRepository endpoints;
    private final WebhookMessageRepository messages;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookTargetGuard guard;
    private final WebhookSecrets secrets;
    private final ChangeSource changes;
    private final WebhooksConfig config;
    private final ApiTime time;
    private final Clock clock;

    public WebhookService(WebhookEndpointRepository endpoints, WebhookMessageRepository messages,
                          WebhookDeliveryRepository deliveries, WebhookTargetGuard guard, WebhookSecrets secrets,
                          ChangeSource changes, WebhooksConfig config, ApiTime time, Clock clock) {
        this.endpoints = endpoints;
        this.messages = messages;
        this.deliveries = deliveries;
        this.guard = guard;
        this.secrets = secrets;
        this.changes = changes;
        this.config = config;
        this.time = time;
        this.clock = clock;
    }

    /** A new endpoint hears of changes committed from now on, not of the history before it. */
    @Transactional
    public WebhookWithSecret create(WebhookCreateRequest request) {
        List<String> eventTypes = validEventTypes(request.eventTypes());
        String url = validUrl(request.url());
        Instant now = now();
        String secret = secrets.generate();
        WebhookEndpoint endpoint = new WebhookEndpoint();
        endpoint.setId(UUID.randomUUID());
        endpoint.setUrl(url);
        endpoint.setEventTypes(EventFilter.write(eventTypes));
        endpoint.setDescription(request.description() == null ? "" : request.description().strip());
        endpoint.setEnabled(true);
        endpoint.setSecret(secrets.seal(secret));
        endpoint.setCursorSeq(changes.headSeq());
        endpoint.setCreatedAt(now);
        endpoint.setUpdatedAt(now);
        endpoints.persist(endpoint);
        return new WebhookWithSecret(toResponse(endpoint), secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookList list() {
        return new WebhookList(endpoints.listOldestFirst().stream().map(this::toResponse).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookResponse get(UUID id) {
        return toResponse(find(id));
    }

    /** Enabling an endpoint clears its failure record: it gets a fresh failure period. */
    @Transactional
    public WebhookResponse update(UUID id, WebhookUpdateRequest request) {
        List<String> eventTypes = validEventTypes(request.eventTypes());
        String url = validUrl(request.url());
        WebhookEndpoint endpoint = find(id);
        Instant now = now();
        endpoint.setUrl(url);
        endpoint.setEventTypes(EventFilter.write(eventTypes));
        endpoint.setDescription(request.description().strip());
        if (request.enabled() && !endpoint.isEnabled()) {
            endpoint.setEnabled(true);
            endpoint.setDisabledReason(null);
            endpoint.setDisabledAt(null);
            endpoint.setFailingSince(null);
        } else if (!request.enabled() && endpoint.isEnabled()) {
            endpoint.setEnabled(false);
            endpoint.setDisabledReason("Disabled by an admin");
            endpoint.setDisabledAt(now);
        }
        endpoint.setUpdatedAt(now);
        return toResponse(endpoint);
    }

    /** Its messages and delivery log go with it. */
    @Transactional
    public void delete(UUID id) {
        endpoints.delete(find(id));
    }

    /**
     * A new secret, shown once. The one it replaces keeps signing beside it for newsdesk.webhooks.rotation-grace,
     * so the receiver can switch without losing a message; a second rotation within the grace period drops the
     * oldest secret at once.
     */
    @Transactional
    public WebhookWithSecret rotateSecret(UUID id) {
        WebhookEndpoint endpoint = find(id);
        Instant now = now();
        String secret = secrets.generate();
        endpoint.setPreviousSecret(endpoint.getSecret());
        endpoint.setPreviousSecretUntil(now.plus(config.rotationGrace()));
        endpoint.setSecret(secrets.seal(secret));
        endpoint.setUpdatedAt(now);
        return new WebhookWithSecret(toResponse(endpoint), secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookDeliveryPage deliveries(UUID id, String cursor, int limit, PageAddress at) {
        find(id);
        Long before = DeliveryCursor.decode(id, cursor);
        PageWindow<WebhookDelivery> page = PageWindow.of(deliveries.listNewestFirst(id, before, limit + 1), limit);
        String next = page.next(last -> DeliveryCursor.encode(id, last.getId()));
        return new WebhookDeliveryPage(page.items().stream().map(this::toResponse).toList(), new PageMeta(limit, next),
                at.links(next));
    }

    /** Sends a message again, delivered or not, as soon as the worker gets to it, with the same webhook-id. */
    @Transactional
    public WebhookMessageResponse redeliver(UUID id, String messageId) {
        find(id);
        WebhookMessage message = messages.findOfEndpoint(id, messageId)
                .orElseThrow(() -> ProblemException.notFound("message", messageId));
        message.setStatus(WebhookMessage.PENDING);
        message.setNextAttemptAt(now());
        message.setDeliveredAt(null);
        return toResponse(message);
    }

    private WebhookEndpoint find(UUID id) {
        return endpoints.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("webhook", id.toString()));
    }

    private String validUrl(String url) {
        String stripped = url.strip();
        try {
            guard.checkRegistration(stripped);
            return stripped;
        } catch (WebhookUrl.Invalid e) {
            throw ProblemException.unprocessable(List.of(Problem.FieldError.pointer("/url", e.getMessage())));
        }
    }

    private static List<String> validEventTypes(List<String> requested) {
        if (requested == null) {
            return List.of();
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            String entry = requested.get(i);
            if (!EventFilter.valid(entry)) {
                errors.add(Problem.FieldError.pointer("/eventTypes/" + i, EventFilter.EXPECTED));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        return List.copyOf(new LinkedHashSet<>(requested));
    }

    private WebhookResponse toResponse(WebhookEndpoint endpoint) {
        Instant previousUntil = endpoint.getPreviousSecretUntil();
        boolean previousSigns = previousUntil != null && now().isBefore(previousUntil);
        return new WebhookResponse(endpoint.getId(), endpoint.getUrl(), EventFilter.read(endpoint.getEventTypes()),
                endpoint.getDescription(), endpoint.isEnabled(), endpoint.getDisabledReason(),
                time.format(endpoint.getDisabledAt()), previousSigns ? time.format(previousUntil) : null,
                time.format(endpoint.getCreatedAt()), time.format(endpoint.getUpdatedAt()));
    }

    private WebhookDeliveryResponse toResponse(WebhookDelivery delivery) {
        return new WebhookDeliveryResponse(delivery.getMessageId(), delivery.getEventType(), delivery.getAttempt(),
                time.format(delivery.getAttemptedAt()), delivery.getOutcome(), delivery.getHttpStatus(),
                delivery.getDurationMs(), delivery.getError(), delivery.getResponseBody());
    }

    private WebhookMessageResponse toResponse(WebhookMessage message) {
        return new WebhookMessageResponse(message.getId(), message.getEventType(), message.getChangeSeq(),
                message.getStatus(), message.getAttempts(), time.format(message.getNextAttemptAt()),
                time.format(message.getDeliveredAt()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
