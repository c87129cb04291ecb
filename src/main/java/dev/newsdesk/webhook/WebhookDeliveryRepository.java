package dev.newsdesk.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WebhookDeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, Long> {

    /** An endpoint's attempts, the latest recorded first. */
    public List<WebhookDelivery> listNewestFirst(UUID endpointId, int limit) {
        return find("endpointId = ?1 order by id desc", endpointId)
                .page(Page.ofSize(limit)).list();
    }
}
