package dev.newsdesk.webhook.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookList", description = "Every webhook endpoint, oldest first, without secrets.")
public record WebhookList(List<WebhookResponse> data) {
}
