package dev.newsdesk.media;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MediaAssetRepository implements PanacheRepositoryBase<MediaAsset, UUID> {

    public List<MediaAsset> findByIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** Assets whose usage rights started or ended in (from, through]: readers' view of them changed then. */
    public List<MediaAsset> findWithRightsBoundaryIn(Instant from, Instant through) {
        return list("(rightsValidFrom > ?1 and rightsValidFrom <= ?2) "
                + "or (rightsValidUntil > ?1 and rightsValidUntil <= ?2) order by id", from, through);
    }

    /** Whether some audio or video shows this asset as its poster. */
    public boolean isPoster(UUID id) {
        return count("poster.id", id) > 0;
    }

    /**
     * One page of the editorial list plus one extra row, newest first, in any of the rights states asked for (as
     * {@link RightsStatus#of} decides them at {@code now}).
     */
    public List<MediaAsset> findEditorialPage(MediaListQuery query, Instant now) {
        StringBuilder hql = new StringBuilder("select m from MediaAsset m left join fetch m.poster where 1 = 1");
        Parameters params = new Parameters();
        if (!query.rights().isEmpty()) {
            hql.append(" and (").append(String.join(" or ", query.rights().stream().map(MediaAssetRepository::rights)
                    .toList())).append(')');
        }
        if (hql.indexOf(":now") >= 0) {
            params.and("now", now); // rights=none alone compares no instant
        }
        if (query.cursor() != null) {
            hql.append(" and (m.createdAt < :cursorAt or (m.createdAt = :cursorAt and m.id < :cursorId))");
            params.and("cursorAt", query.cursor().at()).and("cursorId", query.cursor().id());
        }
        hql.append(" order by m.createdAt desc, m.id desc");
        return find(hql.toString(), params).range(0, query.limit()).list();
    }

    private static String rights(MediaListQuery.RightsFilter filter) {
        String started = "(m.rightsValidFrom is null or m.rightsValidFrom <= :now)";
        return switch (filter) {
            case ACTIVE -> "(" + started + " and (m.rightsValidUntil is null or m.rightsValidUntil > :now))";
            case PENDING -> "(m.rightsValidFrom > :now)";
            case EXPIRED -> "(" + started + " and m.rightsValidUntil <= :now)";
            case NONE -> "(m.usageTerms is null and m.rightsValidFrom is null and m.rightsValidUntil is null)";
        };
    }
}
