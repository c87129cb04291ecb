package dev.newsdesk.media;

import dev.newsdesk.edition.EditionService;
import dev.newsdesk.media.api.MediaPage;
import dev.newsdesk.media.api.MediaResponse;
import dev.newsdesk.web.paging.InstantIdCursor;
import dev.newsdesk.web.paging.PageAddress;
import dev.newsdesk.web.paging.PageMeta;
import dev.newsdesk.web.paging.PageWindow;
import dev.newsdesk.web.problem.ProblemCode;
import dev.newsdesk.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class MediaService {

    private final MediaAssetRepository media;
    private final MediaMapper mapper;
    private final Clock clock;
    private final EditionService editions;

    public MediaService(MediaAssetRepository media, MediaMapper mapper, Clock clock, EditionService editions) {
        this.editions = editions;
        this.media = media;
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * An asset readers may see now. Outside its rights window it is gone as articles are: 410 once its rights have
     * expired (a reader may have seen it), 404 while they have not started (as for anything never shown).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MediaResponse get(UUID id) {
        MediaAsset asset = media.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("media", id.toString()));
        Instant now = clock.instant();
        MediaResponse delivered = mapper.toDelivered(asset, now);
        if (delivered != null) {
            // Captions and credits are written once, in the newsroom's default language.
            editions.servedInDefault();
            return delivered;
        }
        if (RightsStatus.of(asset, now) == RightsStatus.EXPIRED) {
            throw new ProblemException(ProblemCode.MEDIA_RIGHTS_EXPIRED,
                    "The usage rights of media " + id + " have expired; it is no longer shown");
        }
        throw ProblemException.notFound("media", id.toString());
    }

    /** The editors' list: any asset, newest first, filtered by rights state, each with its rights status now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MediaPage listForEditors(MediaListQuery query, PageAddress at) {
        PageWindow<MediaAsset> page = PageWindow.of(media.findEditorialPage(query, clock.instant()), query.limit());
        String nextCursor = page.next(last -> new InstantIdCursor(last.getCreatedAt(), last.getId())
                .encode(MediaListQuery.CURSOR_LIST));
        return new MediaPage(page.items().stream().map(mapper::toEditorial).toList(),
                new PageMeta(query.limit(), nextCursor), at.links(nextCursor));
    }
}
