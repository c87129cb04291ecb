package dev.newsdesk.tag;

import dev.newsdesk.reference.EditableReference;
import dev.newsdesk.reference.ReferenceKind;
import dev.newsdesk.tag.api.TagRequest;
import dev.newsdesk.tag.api.TagResponse;
import dev.newsdesk.text.RichText;
import jakarta.enterprise.context.ApplicationScoped;

/** What editing a tag adds to the shared steps: its plain-text name and its type. */
@ApplicationScoped
public class TagEditing implements EditableReference<Tag, TagRequest, TagResponse> {

    private final TagRepository tags;
    private final TagMapper mapper;

    public TagEditing(TagRepository tags, TagMapper mapper) {
        this.tags = tags;
        this.mapper = mapper;
    }

    @Override
    public ReferenceKind kind() {
        return ReferenceKind.TAG;
    }

    @Override
    public TagRepository repository() {
        return tags;
    }

    @Override
    public Tag newEntity() {
        return new Tag();
    }

    @Override
    public String slug(TagRequest request) {
        return request.slug();
    }

    @Override
    public String slugOf(Tag tag) {
        return tag.getSlug();
    }

    @Override
    public void apply(Tag tag, TagRequest request) {
        tag.setSlug(request.slug());
        tag.setName(RichText.plain(request.name()));
        tag.setType(request.type());
    }

    @Override
    public TagResponse toResponse(Tag tag) {
        return mapper.toResponse(tag);
    }
}
