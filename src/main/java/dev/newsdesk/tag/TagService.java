package dev.newsdesk.tag;

import dev.newsdesk.tag.api.TagResponse;
import dev.newsdesk.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class TagService {

    private final TagRepository tags;
    private final TagMapper mapper;

    public TagService(TagRepository tags, TagMapper mapper) {
        this.tags = tags;
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TagResponse getBySlug(String slug) {
        return tags.findBySlug(slug).map(mapper::toResponse).orElseThrow(() -> ProblemException.notFound("tag", slug));
    }
}
