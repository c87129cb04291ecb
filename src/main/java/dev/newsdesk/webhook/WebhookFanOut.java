package dev.newsdesk.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.web.request.ApiTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Derives each endpoint's messages from the change log, which is the outbox: a write records its change in its own
 * transaction, and this step, run by the worker after that commit, turns changes into messages. Nothing is sent from
 * inside a write, so a rolled-back write sends nothing, and a crash anywhere loses nothing: the endpoint's cursor and
 * its new messages commit together, and a change not yet read is still in the log.
 */
@ApplicationScoped
public class WebhookFanOut {

    private static final int ENDPOINTS_PER_ROUND = 100;

    private final WebhookEndpointRepository endpoints;
    private final WebhookMessageRepository messages;
    private final ChangeSource changes;
    private final ObjectMapper json;
    private final ApiTime time;
    private final Clock clock;

    public WebhookFanOut(WebhookEndpointRepository endpoints, WebhookMessageRepository messages, ChangeSource changes,
                         ObjectMapper json, ApiTime time, Clock clock) {
        this.endpoints = endpoints;
        this.messages = messages;
        this.changes = changes;
        this.json = json;
        this.time = time;
        this.clock = clock;
    }

    /** Reads up to {@code batch} new changes for each enabled endpoint; returns how many messages it derived. */
    @Transactional
    public int run(int batch) {
        int derived = 0;
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        for (UUID id : endpoints.lockEnabledForFanOut(ENDPOINTS_PER_ROUND)) {
            WebhookEndpoint endpoint = endpoints.findById(id);
            List<ChangeSource.Change> read = changes.after(endpoint.getCursorSeq(), batch);
            if (read.isEmpty()) {
                continue;
            }
            List<String> filter = EventFilter.read(endpoint.getEventTypes());
            for (ChangeSource.Change change : read) {
                if (EventFilter.matches(filter, change.eventType())) {
                    messages.persist(message(endpoint, change, now));
                    derived++;
                }
            }
            endpoint.setCursorSeq(read.get(read.size() - 1).seq());
        }
        return derived;
    }

    private WebhookMessage message(WebhookEndpoint endpoint, ChangeSource.Change change, Instant now) {
        WebhookMessage message = new WebhookMessage();
        message.setId("msg_" + UUID.randomUUID().toString().replace("-", ""));
        message.setEndpointId(endpoint.getId());
        message.setChangeSeq(change.seq());
        message.setEventType(change.eventType());
        message.setItemKey(change.itemType() + ":" + change.itemId());
        message.setPayload(payload(change));
        message.setStatus(WebhookMessage.PENDING);
        message.setAttempts(0);
        message.setNextAttemptAt(now);
        message.setCreatedAt(now);
        return message;
    }

    /** A thin payload: what happened to which item, and which cached responses to purge; never the content. */
    private String payload(ChangeSource.Change change) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("itemType", change.itemType());
        data.put("id", change.itemId());
        data.put("seq", change.seq());
        // An article's language, so a consumer serving one edition can skip the others' changes unfetched.
        if (change.language() != null) {
            data.put("language", change.language());
        }
        data.put("surrogateKeys", change.surrogateKeys());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", change.eventType());
        body.put("timestamp", time.format(change.at())); // written like every other time of the API
        body.put("data", data);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings and numbers always serializes", e);
        }
    }
}
