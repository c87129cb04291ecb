package dev.newsdesk.author;

import dev.newsdesk.author.api.AuthorRef;
import dev.newsdesk.author.api.AuthorResponse;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AuthorMapper {

    public AuthorRef toRef(Author author) {
        return new AuthorRef(author.getId(), author.getSlug(), author.getName(), author.getTitle());
    }

    public AuthorResponse toResponse(Author author) {
        return new AuthorResponse(author.getId(), author.getSlug(), author.getName(), author.getTitle(),
                author.getBio());
    }
}
