package dev.newsdesk.media;

import dev.newsdesk.media.api.MediaRequest;
import dev.newsdesk.media.api.MediaResponse;
import dev.newsdesk.reference.EditableReference;
import dev.newsdesk.reference.ReferenceKind;
import dev.newsdesk.text.RichText;
import jakarta.enterprise.context.ApplicationScoped;

/** What editing a media asset adds to the shared steps: its URL, size, credit lines and focal point; no slug. */
@ApplicationScoped
public class MediaEditing implements EditableReference<MediaAsset, MediaRequest, MediaResponse> {

    private final MediaAssetRepository media;
    private final MediaMapper mapper;

    public MediaEditing(MediaAssetRepository media, MediaMapper mapper) {
        this.media = media;
        this.mapper = mapper;
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
    }

    @Override
    public MediaResponse toResponse(MediaAsset asset) {
        return mapper.toResponse(asset);
    }
}
