package dev.newsdesk.media;

import dev.newsdesk.media.api.MediaResponse;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class MediaMapper {

    public MediaResponse toResponse(MediaAsset media) {
        if (media == null) {
            return null;
        }
        MediaResponse.FocalPoint focal = media.getFocalX() == null || media.getFocalY() == null ? null
                : new MediaResponse.FocalPoint(media.getFocalX(), media.getFocalY());
        return new MediaResponse(media.getId(), media.getType(), media.getUrl(), media.getWidth(), media.getHeight(),
                media.getAltText(), media.getCaption(), media.getCredit(), media.getCopyright(), media.getSource(),
                focal);
    }
}
