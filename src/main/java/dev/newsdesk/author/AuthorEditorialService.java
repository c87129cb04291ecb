package dev.newsdesk.author;

import dev.newsdesk.text.RichText;
import dev.newsdesk.author.api.AuthorRequest;
import dev.newsdesk.author.api.AuthorResponse;
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
public class AuthorEditorialService {

    private final AuthorRepository authors;
    private final AuthorMapper mapper;
    private final Clock clock;
    private final RevisionService revisions;

    public AuthorEditorialService(AuthorRepository authors, AuthorMapper mapper, Clock clock,
                                  RevisionService revisions) {
        this.authors = authors;
        this.mapper = mapper;
        this.clock = clock;
        this.revisions = revisions;
    }

    @Transactional
    public Versioned<AuthorResponse> create(AuthorRequest request) {
        Author author = new Author();
        author.setId(UUID.randomUUID());
        author.setCreatedAt(clock.instant());
        apply(author, request);
        authors.persist(author);
        return saved(author);
    }

    @Transactional
    public Versioned<AuthorResponse> update(UUID id, EntityTags.ExpectedVersion expected, AuthorRequest request) {
        Author author = find(id, expected);
        apply(author, request);
        return saved(author);
    }

    /** Bylines are history: an author credited on any article stays. */
    @Transactional
    public void delete(UUID id, EntityTags.ExpectedVersion expected) {
        Author author = find(id, expected);
        if (authors.countArticles(id) > 0) {
            throw EditorialProblems.inUse("Author '" + author.getSlug() + "' is credited on articles");
        }
        if (revisions.usedByPendingDraft(id)) {
            throw EditorialProblems.inUse("Author '" + author.getSlug() + "' is credited in an article's pending "
                    + "draft; publish or discard the draft first");
        }
        authors.delete(author);
        EntityTags.flushOrStale(authors::flush);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<AuthorResponse> get(UUID id) {
        Author author = find(id);
        return new Versioned<>(mapper.toResponse(author), author.getVersion());
    }

    private Versioned<AuthorResponse> saved(Author author) {
        EntityTags.flushOrStale(authors::flush);
        return new Versioned<>(mapper.toResponse(author), author.getVersion());
    }

    private Author find(UUID id, EntityTags.ExpectedVersion expected) {
        Author author = find(id);
        expected.check(author.getVersion());
        return author;
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
