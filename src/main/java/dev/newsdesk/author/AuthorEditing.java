package dev.newsdesk.author;

import dev.newsdesk.author.api.AuthorRequest;
import dev.newsdesk.author.api.AuthorResponse;
import dev.newsdesk.edition.EditionService;
import dev.newsdesk.edition.Localized;
import dev.newsdesk.edition.TranslationsJson;
import dev.newsdesk.reference.EditableReference;
import dev.newsdesk.reference.ReferenceKind;
import dev.newsdesk.text.RichText;
import dev.newsdesk.web.problem.Problem;
import dev.newsdesk.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** What editing an author adds to the shared steps: a byline's name, title and bio, as plain text. */
@ApplicationScoped
public class AuthorEditing implements EditableReference<Author, AuthorRequest, AuthorResponse> {

    private final AuthorRepository authors;
    private final AuthorMapper mapper;

    private final EditionService editions;
    private final TranslationsJson translations;

    public AuthorEditing(AuthorRepository authors, AuthorMapper mapper, EditionService editions,
                         TranslationsJson translations) {
        this.editions = editions;
        this.translations = translations;
        this.authors = authors;
        this.mapper = mapper;
    }

    @Override
    public ReferenceKind kind() {
        return ReferenceKind.AUTHOR;
    }

    @Override
    public AuthorRepository repository() {
        return authors;
    }

    @Override
    public Author newEntity() {
        return new Author();
    }

    @Override
    public String slug(AuthorRequest request) {
        return request.slug();
    }

    @Override
    public String slugOf(Author author) {
        return author.getSlug();
    }

    @Override
    public void apply(Author author, AuthorRequest request) {
        author.setSlug(request.slug());
        author.setName(RichText.plain(request.name()));
        author.setTitle(RichText.plain(request.title()));
        author.setBio(RichText.plain(request.bio()));
        if (request.translations() != null) {
            List<Problem.FieldError> errors = new ArrayList<>();
            Localized.checkLanguages(request.translations().keySet(), "/translations", editions.current(), errors);
            if (!errors.isEmpty()) {
                throw ProblemException.unprocessable(errors);
            }
            author.setTranslationsJson(translations.write(request.translations()));
        }
    }

    @Override
    public AuthorResponse toResponse(Author author) {
        return mapper.toEditorial(author);
    }
}
