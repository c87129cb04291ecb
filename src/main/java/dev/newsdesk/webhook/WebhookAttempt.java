package dev.newsdesk.webhook;

import java.util.List;
import java.util.UUID;

/** A claimed message with what sending it needs, read in the claiming transaction. */
record WebhookAttempt(String messageId, String eventType, UUID endpointId, String url, List<String> secrets, String payload,
                      int attempt) {
}
