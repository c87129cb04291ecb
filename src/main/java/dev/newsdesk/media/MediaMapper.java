package dev.newsdesk.media;

import dev.newsdesk.media.api.MediaResponse;
import dev.newsdesk.media.api.PosterImage;
import dev.newsdesk.media.api.UsageRights;
import dev.newsdesk.media.rendition.ImageRenditions;
import dev.newsdesk.web.cache.ContentBoundaries;
import dev.newsdesk.web.request.ApiTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/**
 * Media assets as the two APIs show them. The delivery side shows an asset only while its usage rights are active
 * (as of the application clock, at each read) and reports each rights boundary it looks at to
 * {@link ContentBoundaries}, so caches never keep a response past the moment an asset appears or disappears.
 */
@ApplicationScoped
public class MediaMapper {

    private final ApiTime time;
    private final ImageRenditions renditions;
    private final MediaTracks tracks;
    private final ContentBoundaries boundaries;
    private final Clock clock;

    public MediaMapper(ApiTime time, ImageRenditions renditions, MediaTracks tracks, ContentBoundaries boundaries,
                       Clock clock) {
        this.time = time;
        this.renditions = renditions;
        this.tracks = tracks;
        this.boundaries = boundaries;
        this.clock = clock;
    }

    /** The editorial view: any asset, with its rights status now and its poster whatever the poster's rights. */
    public MediaResponse toEditorial(MediaAsset media) {
        if (media == null) {
            return null;
        }
        Instant now = clock.instant();
        MediaAsset poster = media.getPoster();
        return response(media, poster == null ? null : poster(poster, RightsStatus.of(poster, now)),
                RightsStatus.of(media, now));
    }

    /**
     * The delivery view: null unless the asset's rights are active now. A video whose poster is out of rights is
     * shown without a poster.
     * <p>
     * Change feed (branch {@code changes}): a rights boundary takes effect here, at read time, so no write records
     * it. The feed would record a "media rights changed" event for every asset whose rights_valid_from or
     * rights_valid_until fell between its previous scan and now (a periodic query on those two columns), naming the
     * surrogate keys to purge: {@code media:<id>} (every cached page showing the asset carries it), plus
     * {@code article:<id>} of the articles {@code ReferenceUses} finds using it.
     */
    public MediaResponse toDelivered(MediaAsset media) {
        return toDelivered(media, clock.instant());
    }

    public MediaResponse toDelivered(MediaAsset media, Instant now) {
        if (!isDelivered(media, now)) {
            return null;
        }
        MediaAsset poster = media.getPoster();
        return response(media, isDelivered(poster, now) ? poster(poster, RightsStatus.ACTIVE) : null,
                RightsStatus.ACTIVE);
    }

    /** Whether readers see the asset at this instant; reports its boundaries for the response being built. */
    public boolean isDelivered(MediaAsset media, Instant now) {
        if (media == null) {
            return false;
        }
        ContentBoundaries.report(boundaries, RightsStatus.lastBoundary(media, now),
                RightsStatus.nextBoundary(media, now));
        return RightsStatus.of(media, now) == RightsStatus.ACTIVE;
    }

    private MediaResponse response(MediaAsset media, PosterImage poster, RightsStatus status) {
        return new MediaResponse(media.getId(), media.getType(), media.getUrl(), media.getMimeType(),
                media.getSizeBytes(), media.getWidth(), media.getHeight(), media.getDurationSeconds(),
                media.getAltText(), media.getCaption(), media.getCredit(),
                CreditLine.of(media.getType(), media.getCredit(), media.getCreditLine()), media.getCopyright(),
                media.getSource(),
                focalPoint(media), renditions.of(media), tracks.read(media.getTracksJson()), poster, rights(media),
                status);
    }

    private PosterImage poster(MediaAsset poster, RightsStatus status) {
        return new PosterImage(poster.getId(), poster.getUrl(), poster.getWidth(), poster.getHeight(),
                ImageRenditions.masterMimeType(poster), poster.getAltText(), poster.getCredit(),
                CreditLine.of(poster.getType(), poster.getCredit(), poster.getCreditLine()),
                poster.getCopyright(), focalPoint(poster), renditions.of(poster), rights(poster), status);
    }

    private static MediaResponse.FocalPoint focalPoint(MediaAsset media) {
        return media.getFocalX() == null || media.getFocalY() == null ? null
                : new MediaResponse.FocalPoint(media.getFocalX(), media.getFocalY());
    }

    private UsageRights rights(MediaAsset media) {
        return new UsageRights(media.getUsageTerms(), time.format(media.getRightsValidFrom()),
                time.format(media.getRightsValidUntil()), media.isSyndicationAllowed());
    }
}
