package dev.newsdesk.article;

import dev.newsdesk.web.request.Representation;
import java.util.UUID;

/** A validated request for the stories related to an article: how many, and the shape of each. */
public record RelatedArticleRequest(UUID id, int limit, Representation shape) {

    public static final int DEFAULT_LIMIT = 5;
    public static final int MAX_LIMIT = 20;
}
