package dev.newsdesk.article;

import dev.newsdesk.web.openapi.OpenApiDefinition;
import dev.newsdesk.web.request.Representation;
import dev.newsdesk.web.request.RequestParams;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The parameters of listRelatedArticles, bound with @BeanParam. */
public class RelatedArticleParams extends SummaryShapeParams {

    // A String, not a UUID: a converter would refuse a malformed id alone, and one 400 is to name it with the rest.
    @Parameter(description = "The article's public id.", example = OpenApiDefinition.SAMPLE_ARTICLE_ID,
            schema = @Schema(implementation = UUID.class))
    @PathParam("id")
    String id;

    @Parameter(description = "How many; more than 20 is refused, not capped.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + RelatedArticleRequest.MAX_LIMIT,
                    defaultValue = "" + RelatedArticleRequest.DEFAULT_LIMIT))
    @QueryParam("limit")
    String limit;

    @Parameter(description = "The edition to show the stories in (a language of GET /api/v1/editions): each "
            + "story with a published translation in it is shown as that translation, the others as they are. "
            + "Beats Accept-Language; without either (or when the header names no edition), the article's own "
            + "edition; * shows every story as it is. A language that is no edition is a 400 listing the editions.",
            example = "ko",
            schema = @Schema(pattern = RequestParams.LANGUAGE_PATTERN, maxLength = RequestParams.LANGUAGE_MAX_LENGTH))
    @QueryParam("lang")
    String lang;

    @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.ACCEPT_LANGUAGE,
            description = "Used when lang is absent: RFC 4647 lookup of its ranges among the editions, by quality; "
                    + "q=0 excludes a language; a malformed value is ignored. No match: the article's own edition. "
                    + "The answer then carries Vary: Accept-Language (when there are several editions).",
            example = "ko-KR, ko;q=0.9, en;q=0.5", schema = @Schema(maxLength = 1000))
    @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE)
    String acceptLanguage;

    /** Throws one 400 that names every bad parameter. */
    public RelatedArticleRequest request() {
        RequestParams params = new RequestParams();
        UUID articleId = params.uuid("id", id);
        int size = params.intInRange("limit", limit, RelatedArticleRequest.DEFAULT_LIMIT, 1,
                RelatedArticleRequest.MAX_LIMIT);
        Representation shape = shape(params);
        params.throwIfInvalid();
        return new RelatedArticleRequest(articleId, size, shape, lang, acceptLanguage);
    }
}
