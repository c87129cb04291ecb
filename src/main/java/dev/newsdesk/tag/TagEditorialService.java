package dev.newsdesk.tag;

import dev.newsdesk.article.RichText;
import dev.newsdesk.tag.api.TagRequest;
import dev.newsdesk.tag.api.TagResponse;
import dev.newsdesk.web.EditorialProblems;
import dev.newsdesk.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

@ApplicationScoped
public class TagEditorialService {

    private final TagRepository tags;
    private final TagMapper mapper;
    private final Clock clock;

    public TagEditorialService(TagRepository tags, TagMapper mapper, Clock clock) {
        this.tags = tags;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional
    public TagResponse create(TagRequest request) {
        Tag tag = new Tag();
        tag.setId(UUID.randomUUID());
        tag.setCreatedAt(clock.instant());
        apply(tag, request);
        tags.persist(tag);
        return mapper.toResponse(tag);
    }

    @Transactional
    public TagResponse update(UUID id, TagRequest request) {
        Tag tag = find(id);
        apply(tag, request);
        return mapper.toResponse(tag);
    }

    @Transactional
    public void delete(UUID id) {
        Tag tag = find(id);
        if (tags.countArticles(id) > 0) {
            throw EditorialProblems.inUse("Tag '" + tag.getSlug() + "' is on articles; remove it from them first");
        }
        tags.delete(tag);
    }

    private void apply(Tag tag, TagRequest request) {
        EditorialProblems.requireFreeSlug(tags.findBySlug(request.slug()), Tag::getId, tag.getId(), "tag",
                request.slug());
        tag.setSlug(request.slug());
        tag.setName(RichText.plain(request.name()));
        tag.setType(request.type());
        tag.setUpdatedAt(clock.instant());
    }

    private Tag find(UUID id) {
        return tags.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("tag", id.toString()));
    }
}
