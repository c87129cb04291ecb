package dev.newsdesk.tag;

import dev.newsdesk.text.RichText;
import dev.newsdesk.tag.api.TagRequest;
import dev.newsdesk.tag.api.TagResponse;
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
public class TagEditorialService {

    private final TagRepository tags;
    private final TagMapper mapper;
    private final Clock clock;
    private final RevisionService revisions;

    public TagEditorialService(TagRepository tags, TagMapper mapper, Clock clock,
                               RevisionService revisions) {
        this.tags = tags;
        this.mapper = mapper;
        this.clock = clock;
        this.revisions = revisions;
    }

    @Transactional
    public Versioned<TagResponse> create(TagRequest request) {
        Tag tag = new Tag();
        tag.setId(UUID.randomUUID());
        tag.setCreatedAt(clock.instant());
        apply(tag, request);
        tags.persist(tag);
        return saved(tag);
    }

    @Transactional
    public Versioned<TagResponse> update(UUID id, EntityTags.ExpectedVersion expected, TagRequest request) {
        Tag tag = find(id, expected);
        apply(tag, request);
        return saved(tag);
    }

    @Transactional
    public void delete(UUID id, EntityTags.ExpectedVersion expected) {
        Tag tag = find(id, expected);
        if (tags.countArticles(id) > 0) {
            throw EditorialProblems.inUse("Tag '" + tag.getSlug() + "' is on articles; remove it from them first");
        }
        if (revisions.usedByPendingDraft(id)) {
            throw EditorialProblems.inUse("Tag '" + tag.getSlug() + "' is used by an article's pending draft; "
                    + "publish or discard the draft first");
        }
        tags.delete(tag);
        EntityTags.flushOrStale(tags::flush);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<TagResponse> get(UUID id) {
        Tag tag = find(id);
        return new Versioned<>(mapper.toResponse(tag), tag.getVersion());
    }

    private Versioned<TagResponse> saved(Tag tag) {
        EntityTags.flushOrStale(tags::flush);
        return new Versioned<>(mapper.toResponse(tag), tag.getVersion());
    }

    private Tag find(UUID id, EntityTags.ExpectedVersion expected) {
        Tag tag = find(id);
        expected.check(tag.getVersion());
        return tag;
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
