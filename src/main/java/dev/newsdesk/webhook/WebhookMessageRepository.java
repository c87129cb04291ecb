package dev.newsdesk.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class WebhookMessageRepository implements PanacheRepositoryBase<WebhookMessage, String> {

    /**
     * Due messages no worker holds, locked for this transaction and skipped by every other one (FOR UPDATE SKIP
     * LOCKED, on PostgreSQL and H2 alike). Only the earliest pending message of each item qualifies, so one item's
     * events reach the receiver in seq order even while retries are pending.
     */
    @SuppressWarnings("unchecked")
    public List<String> lockDue(Instant now, int limit) {
        return getEntityManager().createNativeQuery("""
                        select m.id from webhook_message m
                        where m.status = 'pending' and m.next_attempt_at <= ?1
                          and (m.lease_until is null or m.lease_until < ?1)
                          and m.endpoint_id in (select e.id from webhook_endpoint e where e.enabled = true)
                          and not exists (select 1 from webhook_message p
                                          where p.endpoint_id = m.endpoint_id and p.item_key = m.item_key
                                            and p.status = 'pending' and p.change_seq < m.change_seq)
                        order by m.next_attempt_at, m.change_seq
                        limit ?2
                        for update skip locked""", String.class)
                .setParameter(1, now).setParameter(2, limit).getResultList();
    }

    /**
     * Takes the lease of a message if it is still free: the conditional update is what makes a claim exclusive,
     * whatever the isolation level; the row lock above only keeps workers from queueing behind each other.
     */
    public boolean lease(String id, String owner, Instant now, Instant until) {
        return update("leaseOwner = ?1, leaseUntil = ?2 where id = ?3 and status = ?4 "
                + "and (leaseUntil is null or leaseUntil < ?5)", owner, until, id, WebhookMessage.PENDING, now) == 1;
    }

    public long countRetriesPending() {
        return count("status = ?1 and attempts > 0", WebhookMessage.PENDING);
    }

    public Optional<Instant> oldestPendingCreatedAt() {
        return find("status = ?1 order by createdAt", WebhookMessage.PENDING).firstResultOptional()
                .map(WebhookMessage::getCreatedAt);
    }

    public Optional<WebhookMessage> findOfEndpoint(UUID endpointId, String id) {
        return find("id = ?1 and endpointId = ?2", id, endpointId).firstResultOptional();
    }

    public List<WebhookMessage> listOfEndpoint(UUID endpointId) {
        return list("endpointId = ?1 order by changeSeq", endpointId);
    }
}
