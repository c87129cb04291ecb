package dev.newsdesk.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WebhookEndpointRepository implements PanacheRepositoryBase<WebhookEndpoint, UUID> {

    public List<WebhookEndpoint> listOldestFirst() {
        return list("order by createdAt, id");
    }

    /**
     * Ids of the enabled endpoints no other transaction holds, locked for this one: the instance that reads the
     * change log for an endpoint is the only one deriving its messages until it commits.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> lockEnabledForFanOut(int limit) {
        return getEntityManager().createNativeQuery(
                        "select id from webhook_endpoint where enabled = true order by id limit ?1 "
                                + "for update skip locked", UUID.class)
                .setParameter(1, limit).getResultList();
    }

    public long countDisabled() {
        return count("enabled", false);
    }
}
