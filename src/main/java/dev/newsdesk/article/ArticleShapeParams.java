package dev.newsdesk.article;

import dev.newsdesk.article.api.ArticleResponse;
import dev.newsdesk.web.request.Representation;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** fields= and include= of one full article (getArticle, getArticleBySlug), bound with @BeanParam. */
public class ArticleShapeParams {

    static final String FIELDS_DOC = "Comma-separated top-level fields to return (id is always returned); "
            + "unknown names are a 400 naming them. Without it, every field.";
    static final String INCLUDE_DOC = "Comma-separated related objects to embed in full under included: authors, "
            + "tags, section, media, jsonLd (the schema.org NewsArticle). Composes with fields.";

    @Parameter(description = FIELDS_DOC, example = "headline,body,firstPublishedAt,updatedAt")
    @QueryParam("fields")
    String fields;

    @Parameter(description = INCLUDE_DOC, example = "authors,media")
    @QueryParam("include")
    String include;

    /** The shape asked for; one 400 names every unknown field and include. */
    public Representation shape() {
        return Representation.parse(fields, include, ArticleResponse.class, ArticleIncludes.ALL);
    }
}
