package dev.newsdesk.author;

import dev.newsdesk.article.RichText;
import dev.newsdesk.author.api.AuthorRequest;
import dev.newsdesk.author.api.AuthorResponse;
import dev.newsdesk.web.EditorialProblems;
import dev.newsdesk.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

@ApplicationScoped
public class AuthorEditorialService {

    private final AuthorRepository authors;
    private final AuthorMapper mapper;
    private final Clock clock;

    public AuthorEditorialService(AuthorRepository authors, AuthorMapper mapper, Clock clock) {
        this.authors = authors;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional
    public AuthorResponse create(AuthorRequest request) {
        Author author = new Author();
        author.setId(UUID.randomUUID());
        author.setCreatedAt(clock.instant());
        apply(author, request);
        authors.persist(author);
        return mapper.toResponse(author);
    }

    @Transactional
    public AuthorResponse update(UUID id, AuthorRequest request) {
        Author author = find(id);
        apply(author, request);
        return mapper.toResponse(author);
    }

    /** Bylines are history: an author credited on any article stays. */
    @Transactional
    public void delete(UUID id) {
        Author author = find(id);
        if (authors.countArticles(id) > 0) {
            throw EditorialProblems.inUse("Author '" + author.getSlug() + "' is credited on articles");
        }
        authors.delete(author);
    }

    private void apply(Author author, AuthorRequest request) {
        EditorialProblems.requireFreeSlug(authors.findBySlug(request.slug()), Author::getId, author.getId(), "author",
                request.slug());
        author.setSlug(request.slug());
        author.setName(RichText.plain(request.name()));
        author.setTitle(RichText.plain(request.title()));
        author.setBio(RichText.plain(request.bio()));
        author.setUpdatedAt(clock.instant());
    }

    private Author find(UUID id) {
        return authors.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("author", id.toString()));
    }
}
