package dev.newsdesk.webhook.api;

import dev.newsdesk.web.paging.PageLinks;
import dev.newsdesk.web.paging.PageMeta;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookDeliveryPage", description = "One page of an endpoint's delivery log, the latest attempt first, "
        + "with cursor links.")
public record WebhookDeliveryPage(List<WebhookDeliveryResponse> data, PageMeta meta, PageLinks links) {
}
