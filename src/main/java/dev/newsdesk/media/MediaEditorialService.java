package dev.newsdesk.media;

import dev.newsdesk.text.RichText;
import dev.newsdesk.media.api.MediaRequest;
import dev.newsdesk.media.api.MediaResponse;
import dev.newsdesk.web.problem.EditorialProblems;
import dev.newsdesk.web.cache.EntityTags;
import dev.newsdesk.web.problem.ProblemException;
import dev.newsdesk.web.cache.Versioned;
import dev.newsdesk.article.revision.RevisionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

@ApplicationScoped
public class MediaEditorialService {

    private final MediaAssetRepository media;
    private final MediaMapper mapper;
    private final Clock clock;
    private final RevisionService revisions;

    public MediaEditorialService(MediaAssetRepository media, MediaMapper mapper, Clock clock,
                                 RevisionService revisions) {
        this.media = media;
        this.mapper = mapper;
        this.clock = clock;
        this.revisions = revisions;
    }

    @Transactional
    public Versioned<MediaResponse> create(MediaRequest request) {
        MediaAsset asset = new MediaAsset();
        asset.setId(UUID.randomUUID());
        asset.setCreatedAt(clock.instant());
        apply(asset, request);
        media.persist(asset);
        return saved(asset);
    }

    @Transactional
    public Versioned<MediaResponse> update(UUID id, EntityTags.ExpectedVersion expected, MediaRequest request) {
        MediaAsset asset = find(id, expected);
        apply(asset, request);
        return saved(asset);
    }

    @Transactional
    public void delete(UUID id, EntityTags.ExpectedVersion expected) {
        MediaAsset asset = find(id, expected);
        if (media.countArticleUses(id) > 0) {
            throw EditorialProblems.inUse("Media " + id + " is used by articles");
        }
        if (revisions.usedByPendingDraft(id)) {
            throw EditorialProblems.inUse("Media " + id + " is used by an article's pending draft; "
                    + "publish or discard the draft first");
        }
        media.delete(asset);
        EntityTags.flushOrStale(media::flush);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<MediaResponse> get(UUID id) {
        MediaAsset asset = find(id);
        return new Versioned<>(mapper.toResponse(asset), asset.getVersion());
    }

    private Versioned<MediaResponse> saved(MediaAsset asset) {
        EntityTags.flushOrStale(media::flush);
        return new Versioned<>(mapper.toResponse(asset), asset.getVersion());
    }

    private MediaAsset find(UUID id, EntityTags.ExpectedVersion expected) {
        MediaAsset asset = find(id);
        expected.check(asset.getVersion());
        return asset;
    }

    private void apply(MediaAsset asset, MediaRequest request) {
        asset.setType(request.type());
        asset.setUrl(request.url());
        asset.setWidth(request.width());
        asset.setHeight(request.height());
        asset.setAltText(RichText.plain(request.altText()));
        asset.setCaption(RichText.plain(request.caption()));
        asset.setCredit(RichText.plain(request.credit()));
        asset.setCopyright(RichText.plain(request.copyright()));
        asset.setSource(RichText.plain(request.source()));
        asset.setFocalX(request.focalPoint() == null ? null : request.focalPoint().x());
        asset.setFocalY(request.focalPoint() == null ? null : request.focalPoint().y());
        asset.setUpdatedAt(clock.instant());
    }

    private MediaAsset find(UUID id) {
        return media.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("media", id.toString()));
    }
}
