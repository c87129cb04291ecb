package dev.newsdesk.article;

import dev.newsdesk.edition.EditionParams;
import dev.newsdesk.edition.Editions;
import dev.newsdesk.edition.LanguageNegotiation;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import dev.newsdesk.web.request.RequestParams;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Paging of a cursor-paged article list: page size and cursor, plus the shape of each summary. */
public abstract class ArticlePageParams extends SummaryShapeParams {

    static final String LIST_SORTS = "newest, oldest, updated";

    @Parameter(description = "Page size; more than 100 is refused, not capped.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + ArticleListQuery.MAX_LIMIT,
                    defaultValue = "" + ArticleListQuery.DEFAULT_LIMIT))
    @QueryParam("limit")
    String limit;

    @Parameter(description = "Opaque cursor from links.next / meta.nextCursor of the previous page.")
    @QueryParam("cursor")
    String cursor;

    @Parameter(description = "The edition to list (a language of GET /api/v1/editions; ko-KR asks for ko): only "
            + "its articles (ko also lists ko-KR ones). Beats Accept-Language. * lists every language at once. "
            + "A language that is no edition is a 400 listing the editions. Without lang or Accept-Language: the "
            + "default edition (a site with one edition lists every article).",
            example = "ko", schema = @Schema(maxLength = RequestParams.LANGUAGE_MAX_LENGTH))
    @QueryParam("lang")
    String lang;

    @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.ACCEPT_LANGUAGE, description = EditionParams.ACCEPT_LANGUAGE_DOC,
            example = "ko-KR, ko;q=0.9, en;q=0.5", schema = @Schema(maxLength = 1000))
    @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE)
    String acceptLanguage;

    /** The edition listed, or null when lang is invalid ({@code params} then names it). */
    protected LanguageNegotiation.Negotiated edition(RequestParams params, Editions editions) {
        return LanguageNegotiation.negotiate(params, lang, acceptLanguage, editions);
    }

    /**
     * The language filter of the list: the edition, except for lang=* and, on a site with one edition, unless lang
     * asked for it (there is nothing to keep apart then, so lists stay as they were before editions).
     */
    protected static String languageFilter(LanguageNegotiation.Negotiated edition, Editions editions) {
        if (edition == null || edition.all()) {
            return null;
        }
        return edition.source() == LanguageNegotiation.Source.PARAMETER || editions.isMultilingual()
                ? edition.language() : null;
    }

    protected int limit(RequestParams params) {
        return params.intInRange("limit", limit, ArticleListQuery.DEFAULT_LIMIT, 1, ArticleListQuery.MAX_LIMIT);
    }

    /** Decoded once every parameter is valid: a cursor only means something for the sort it was issued for. */
    protected ArticleCursor cursor(ArticleSort sort) {
        return cursor == null ? null : ArticleCursor.decode(cursor, sort);
    }

    protected static ArticleSort sort(RequestParams params, String sort, String allowed) {
        return params.oneOf("sort", sort, ArticleSort.NEWEST, ArticleSort::fromWire, allowed);
    }
}
