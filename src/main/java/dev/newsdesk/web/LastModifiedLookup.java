package dev.newsdesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The latest updated_at among the entities a response shows, in one query over their primary keys. It is the
 * Last-Modified of the response; the ETag, a hash of the body, stays the authoritative validator.
 */
@ApplicationScoped
public class LastModifiedLookup {

    private final EntityManager em;

    public LastModifiedLookup(EntityManager em) {
        this.em = em;
    }

    /** For keys of the form {@code kind:uuid}; other keys are ignored. Empty when no key names a stored entity. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Instant> latest(Collection<String> keys) {
        Map<String, List<UUID>> idsByTable = new LinkedHashMap<>();
        for (String key : keys) {
            int colon = key.indexOf(':');
            String table = colon < 0 ? null : CacheDependencies.TABLES.get(key.substring(0, colon));
            if (table != null) {
                idsByTable.computeIfAbsent(table, t -> new ArrayList<>()).add(UUID.fromString(key.substring(colon + 1)));
            }
        }
        if (idsByTable.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder sql = new StringBuilder("select max(m) from (");
        int i = 0;
        for (String table : idsByTable.keySet()) {
            sql.append(i == 0 ? "" : " union all ").append("select max(updated_at) as m from ").append(table)
                    .append(" where id in (:ids").append(i++).append(')');
        }
        sql.append(") latest");
        Query query = em.createNativeQuery(sql.toString());
        i = 0;
        for (List<UUID> ids : idsByTable.values()) {
            query.setParameter("ids" + i++, ids);
        }
        return Optional.ofNullable(toInstant(query.getSingleResult())).map(t -> t.truncatedTo(ChronoUnit.SECONDS));
    }

    private static Instant toInstant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass().getName());
    }
}
