package dev.newsdesk.tag;

import dev.newsdesk.edition.EditionService;
import dev.newsdesk.edition.Localized;
import dev.newsdesk.edition.TranslationsJson;
import dev.newsdesk.reference.EditableReference;
import dev.newsdesk.reference.ReferenceKind;
import dev.newsdesk.tag.api.TagRequest;
import dev.newsdesk.tag.api.TagResponse;
import dev.newsdesk.text.RichText;
import dev.newsdesk.web.problem.Problem;
import dev.newsdesk.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** What editing a tag adds to the shared steps: its plain-text name and its type. */
@ApplicationScoped
public class TagEditing implements EditableReference<Tag, TagRequest, TagResponse> {

    private final TagRepository tags;
    private final TagMapper mapper;

    private final EditionService editions;
    private final TranslationsJson translations;

    public TagEditing(TagRepository tags, TagMapper mapper, EditionService editions, TranslationsJson translations) {
        this.editions = editions;
        this.translations = translations;
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
        if (request.translations() != null) {
            List<Problem.FieldError> errors = new ArrayList<>();
            Localized.checkLanguages(request.translations().keySet(), "/translations", editions.current(), errors);
            if (!errors.isEmpty()) {
                throw ProblemException.unprocessable(errors);
            }
            tag.setTranslationsJson(translations.write(request.translations()));
        }
    }

    @Override
    public TagResponse toResponse(Tag tag) {
        return mapper.toEditorial(tag);
    }
}
