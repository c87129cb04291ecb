package dev.newsdesk.author;

import dev.newsdesk.author.api.AuthorResponse;
import dev.newsdesk.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class AuthorService {

    private final AuthorRepository authors;
    private final AuthorMapper mapper;

    public AuthorService(AuthorRepository authors, AuthorMapper mapper) {
        this.authors = authors;
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AuthorResponse getBySlug(String slug) {
        return authors.findBySlug(slug).map(mapper::toResponse)
                .orElseThrow(() -> ProblemException.notFound("author", slug));
    }
}
