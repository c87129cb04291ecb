package dev.newsdesk.webhook.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookDeliveryList", description = "An endpoint's delivery log, the latest attempt first.")
public record WebhookDeliveryList(List<WebhookDeliveryResponse> data) {
}
