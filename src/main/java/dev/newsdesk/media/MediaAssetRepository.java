package dev.newsdesk.media;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
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
}
