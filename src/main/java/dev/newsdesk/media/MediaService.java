package dev.newsdesk.media;

import dev.newsdesk.media.api.MediaResponse;
import dev.newsdesk.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

@ApplicationScoped
public class MediaService {

    private final MediaAssetRepository media;
    private final MediaMapper mapper;

    public MediaService(MediaAssetRepository media, MediaMapper mapper) {
        this.media = media;
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MediaResponse get(UUID id) {
        return media.findByIdOptional(id).map(mapper::toResponse)
                .orElseThrow(() -> ProblemException.notFound("media", id.toString()));
    }
}
