package dev.newsdesk.web.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.persister.entity.EntityPersister;

/**
 * The latest updated_at among the entities a response shows. It is the Last-Modified of the response; the ETag, a
 * hash of the body, stays the authoritative validator. Entities this request already loaded to render the response
 * answer from memory (the very rows the body was made from); only the others cost one query over their primary keys.
 */
@ApplicationScoped
public class LastModifiedLookup {

    private final EntityManager em;
    private final Map<String, EntityPersister> persisters = new ConcurrentHashMap<>();

    public LastModifiedLookup(EntityManager em) {
        this.em = em;
    }

    /** For keys of the form {@code kind:id}; other keys are ignored. Empty when no key names a stored entity. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Instant> latest(Collection<String> keys) {
        Map<String, List<Object>> idsByTable = new LinkedHashMap<>();
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        Instant loaded = null;
        for (String key : keys) {
            int colon = key.indexOf(':');
            CacheDependencies.Stored stored = colon < 0 ? null : CacheDependencies.KINDS.get(key.substring(0, colon));
            if (stored == null) {
                continue;
            }
            Object id = stored.id(key.substring(colon + 1));
            Instant inMemory = loadedUpdatedAt(session, stored.entity(), id);
            if (inMemory == null) {
                idsByTable.computeIfAbsent(stored.table(), t -> new ArrayList<>()).add(id);
            } else if (loaded == null || inMemory.isAfter(loaded)) {
                loaded = inMemory;
            }
        }
        Instant queried = idsByTable.isEmpty() ? null : query(idsByTable);
        Instant latest = loaded == null ? queried : queried == null || loaded.isAfter(queried) ? loaded : queried;
        return Optional.ofNullable(latest).map(t -> t.truncatedTo(ChronoUnit.SECONDS));
    }

    /** updated_at of the entity if this session already loaded it; null when it did not (no query, no proxy). */
    private Instant loadedUpdatedAt(SessionImplementor session, String entityName, Object id) {
        EntityPersister persister = persisters.computeIfAbsent(entityName, name -> session.getFactory()
                .getMappingMetamodel().getEntityDescriptor(session.getFactory().getJpaMetamodel().entity(name)
                        .getJavaType()));
        Object entity = session.getPersistenceContextInternal().getEntity(session.generateEntityKey(id, persister));
        return entity == null ? null : (Instant) persister.getPropertyValue(entity, "updatedAt");
    }

    private Instant query(Map<String, List<Object>> idsByTable) {
        StringBuilder sql = new StringBuilder("select max(m) from (");
        int i = 0;
        for (Map.Entry<String, List<Object>> table : idsByTable.entrySet()) {
            sql.append(i++ == 0 ? "" : " union all ").append("select max(updated_at) as m from ").append(table.getKey())
                    .append(" where id in (").append("?,".repeat(table.getValue().size() - 1)).append("?)");
        }
        sql.append(") latest");
        // Plain JDBC: Hibernate translates a native query with list parameters again on every call.
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                int at = 1;
                for (List<Object> ids : idsByTable.values()) {
                    for (Object id : ids) {
                        statement.setObject(at++, id);
                    }
                }
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? toInstant(rows.getObject(1, OffsetDateTime.class)) : null;
                }
            }
        });
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
