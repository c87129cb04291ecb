package dev.newsdesk.article;

import dev.newsdesk.edition.Editions;
import dev.newsdesk.edition.LanguageNegotiation;
import dev.newsdesk.web.request.Representation;
import dev.newsdesk.web.request.RequestParams;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The parameters of an article list under another resource (an author's or a tag's articles): order and paging. */
public class NestedArticleListParams extends ArticlePageParams {

    @Parameter(description = "Order: newest or oldest by publication, or most recently updated first.",
            schema = @Schema(enumeration = {"newest", "oldest", "updated"}, defaultValue = "newest"))
    @QueryParam("sort")
    String sort;

    /** The author's articles, as listArticles?author={slug} lists them. */
    public ArticleListRequest byAuthor(String authorSlug, Editions editions) {
        return request(ArticleListQuery.builder().author(authorSlug), editions);
    }

    /** The tag's articles, as listArticles?tag={slug} lists them. */
    public ArticleListRequest byTag(String tagSlug, Editions editions) {
        return request(ArticleListQuery.builder().tags(List.of(tagSlug)), editions);
    }

    /** Throws one 400 that names every bad parameter. */
    private ArticleListRequest request(ArticleListQuery.Builder query, Editions editions) {
        RequestParams params = new RequestParams();
        LanguageNegotiation.Negotiated edition = edition(params, editions);
        ArticleSort order = sort(params, sort, LIST_SORTS);
        int size = limit(params);
        Representation shape = shape(params);
        params.throwIfInvalid();
        return ArticleListRequest.list(query.language(languageFilter(edition, editions)).sort(order)
                .page(size, cursor(order)).build(), shape).in(edition);
    }
}
