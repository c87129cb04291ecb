package dev.newsdesk.article;

import dev.newsdesk.article.api.ArticleSummary;
import dev.newsdesk.web.request.Representation;
import dev.newsdesk.web.request.RequestParams;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** fields= and include= of each summary in a list of articles; the list's own parameters extend it. */
public abstract class SummaryShapeParams {

    @Parameter(description = ArticleShapeParams.FIELDS_DOC, example = "headline,canonicalPath,leadMedia")
    @QueryParam("fields")
    String fields;

    @Parameter(description = ArticleShapeParams.INCLUDE_DOC, example = "tags")
    @QueryParam("include")
    String include;

    /** Checked with the list's other parameters, so one 400 names them all. */
    protected Representation shape(RequestParams params) {
        return Representation.parse(params, fields, include, ArticleSummary.class, ArticleIncludes.ALL);
    }
}
