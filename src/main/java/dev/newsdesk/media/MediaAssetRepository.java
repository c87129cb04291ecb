package dev.newsdesk.media;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MediaAssetRepository implements PanacheRepositoryBase<MediaAsset, UUID> {

    /** Articles showing the asset as lead media or in an image block of their body. */
    public long countArticleUses(UUID mediaId) {
        return getEntityManager().createQuery("select count(a) from Article a where a.leadMedia.id = :id"
                        + " or a.bodyJson like :inBody", Long.class)
                .setParameter("id", mediaId).setParameter("inBody", "%" + mediaId + "%").getSingleResult();
    }

    public List<MediaAsset> findByIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
