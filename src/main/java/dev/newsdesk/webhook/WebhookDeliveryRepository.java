package dev.newsdesk.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WebhookDeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, Long> {

    /**
     * An endpoint's attempts, the latest recorded first, older than {@code beforeId} when given; {@code limit} rows
     * (callers ask one more to learn whether a next page exists).
     */
    public List<WebhookDelivery> listNewestFirst(UUID endpointId, Long beforeId, int limit) {
        if (beforeId == null) {
            return find("endpointId = ?1 order by id desc", endpointId).page(Page.ofSize(limit)).list();
        }
        return find("endpointId = ?1 and id < ?2 order by id desc", endpointId, beforeId)
                .page(Page.ofSize(limit)).list();
    }
}
