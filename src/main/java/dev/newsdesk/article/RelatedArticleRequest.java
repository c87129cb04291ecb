package dev.newsdesk.article;

import dev.newsdesk.web.request.Representation;
import java.util.UUID;

/**
 * A validated request for the stories related to an article: how many, the shape of each, and the edition asked
 * for (lang and Accept-Language as sent; negotiated against the editions by the service).
 */
public record RelatedArticleRequest(UUID id, int limit, Representation shape, String lang, String acceptLanguage) {

    public static final int DEFAULT_LIMIT = 5;
    public static final int MAX_LIMIT = 20;
}
