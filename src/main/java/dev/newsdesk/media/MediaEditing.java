package dev.newsdesk.media;

import dev.newsdesk.media.api.MediaRequest;
import dev.newsdesk.media.api.MediaResponse;
import dev.newsdesk.media.api.MediaTrack;
import dev.newsdesk.reference.EditableReference;
import dev.newsdesk.reference.ReferenceKind;
import dev.newsdesk.text.RichText;
import dev.newsdesk.web.problem.EditorialProblems;
import dev.newsdesk.web.problem.Problem;
import dev.newsdesk.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What editing a media asset adds to the shared steps: its file, size, credit lines, focal point, the audio and
 * video fields and its usage rights; no slug. Rules that span fields are checked together and reported at once.
 */
@ApplicationScoped
public class MediaEditing implements EditableReference<MediaAsset, MediaRequest, MediaResponse> {

    private static final Set<MediaType> PLAYABLE = EnumSet.of(MediaType.AUDIO, MediaType.VIDEO);

    private final MediaAssetRepository media;
    private final MediaMapper mapper;
    private final MediaTracks tracks;

    public MediaEditing(MediaAssetRepository media, MediaMapper mapper, MediaTracks tracks) {
        this.media = media;
        this.mapper = mapper;
        this.tracks = tracks;
    }

    @Override
    public ReferenceKind kind() {
        return ReferenceKind.MEDIA;
    }

    @Override
    public MediaAssetRepository repository() {
        return media;
    }

    @Override
    public MediaAsset newEntity() {
        return new MediaAsset();
    }

    @Override
    public void apply(MediaAsset asset, MediaRequest request) {
        MediaAsset poster = check(asset, request);
        asset.setType(request.type());
        asset.setUrl(request.url());
        asset.setMimeType(request.mimeType());
        asset.setSizeBytes(request.sizeBytes());
        asset.setWidth(request.width());
        asset.setHeight(request.height());
        asset.setDurationSeconds(request.durationSeconds());
        asset.setAltText(RichText.plain(request.altText()));
        asset.setCaption(RichText.plain(request.caption()));
        asset.setCredit(RichText.plain(request.credit()));
        asset.setCreditLine(RichText.plain(request.creditLine()));
        asset.setCopyright(RichText.plain(request.copyright()));
        asset.setSource(RichText.plain(request.source()));
        asset.setFocalX(request.focalPoint() == null ? null : request.focalPoint().x());
        asset.setFocalY(request.focalPoint() == null ? null : request.focalPoint().y());
        asset.setTracksJson(tracks.write(request.tracks() == null ? null : request.tracks().stream()
                .map(t -> new MediaTrack(t.kind(), t.language(), t.url(), t.mimeType(),
                        RichText.plain(t.label()))).toList()));
        asset.setPoster(poster);
        MediaRequest.Rights rights = request.rights();
        asset.setUsageTerms(rights == null ? null : RichText.plain(rights.usageTerms()));
        asset.setRightsValidFrom(rights == null || rights.validFrom() == null ? null : rights.validFrom().toInstant());
        asset.setRightsValidUntil(rights == null || rights.validUntil() == null ? null
                : rights.validUntil().toInstant());
        asset.setSyndicationAllowed(rights != null && Boolean.TRUE.equals(rights.syndicationAllowed()));
    }

    /** The cross-field rules (422 naming each field); returns the poster the request names, if any. */
    private MediaAsset check(MediaAsset asset, MediaRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        boolean playable = PLAYABLE.contains(request.type());
        if (!playable && request.durationSeconds() != null) {
            errors.add(Problem.FieldError.pointer("/durationSeconds", "only audio and video have a duration"));
        }
        if (!playable && request.tracks() != null && !request.tracks().isEmpty()) {
            errors.add(Problem.FieldError.pointer("/tracks", "only audio and video have tracks"));
        }
        MediaAsset poster = null;
        if (request.posterId() != null) {
            poster = media.findById(request.posterId());
            if (!playable) {
                errors.add(Problem.FieldError.pointer("/posterId", "only audio and video have a poster"));
            } else if (poster == null) {
                errors.add(Problem.FieldError.pointer("/posterId", "no media asset has id " + request.posterId()));
            } else if (poster.getType() != MediaType.IMAGE) {
                errors.add(Problem.FieldError.pointer("/posterId", "must be an image, not " + poster.getType()
                        .wireName()));
            } else if (poster.getId().equals(asset.getId())) {
                errors.add(Problem.FieldError.pointer("/posterId", "must be another asset"));
            }
        }
        MediaRequest.Rights rights = request.rights();
        if (rights != null && rights.validFrom() != null && rights.validUntil() != null
                && !rights.validUntil().isAfter(rights.validFrom())) {
            errors.add(Problem.FieldError.pointer("/rights/validUntil", "must be later than validFrom"));
        }
        if (request.type() != MediaType.IMAGE && asset.getId() != null && media.isPoster(asset.getId())) {
            errors.add(Problem.FieldError.pointer("/type", "this asset is the poster of audio or video, so it must "
                    + "stay an image"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        return poster;
    }

    @Override
    public void checkDeletable(MediaAsset asset) {
        if (media.isPoster(asset.getId())) {
            throw EditorialProblems.inUse("Media " + asset.getId() + " is the poster of audio or video; "
                    + "give them another poster first");
        }
    }

    @Override
    public MediaResponse toResponse(MediaAsset asset) {
        return mapper.toEditorial(asset);
    }
}
