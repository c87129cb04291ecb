package dev.newsdesk.article;

import dev.newsdesk.article.search.ArticleSearchRequest;
import dev.newsdesk.article.search.RelevanceCursor;
import dev.newsdesk.article.search.SearchOrder;
import dev.newsdesk.article.search.SearchQuery;
import dev.newsdesk.edition.Editions;
import dev.newsdesk.edition.LanguageNegotiation;
import dev.newsdesk.web.request.Representation;
import dev.newsdesk.web.request.RequestParams;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The parameters of listArticles, bound with @BeanParam: the filters, q for a search, order, paging and shape. */
public class ArticleListParams extends ArticlePageParams {

    @Parameter(description = "Search in web-search syntax: words (all must match), \"quoted phrases\", "
            + "OR between alternatives, -word to exclude. Headline matches rank above standfirst above body.",
            schema = @Schema(minLength = 1, maxLength = SearchQuery.MAX_LENGTH),
            example = "\"emissions reporting\" ships -coal")
    @QueryParam("q")
    String q;

    @Parameter(description = "Section slug; a section also lists its direct subsections.", example = "international",
            schema = @Schema(pattern = RequestParams.SLUG_PATTERN, maxLength = RequestParams.SLUG_MAX_LENGTH))
    @QueryParam("section")
    String section;

    @Parameter(description = "Tag slug; repeat to require all of them (at most 10).", example = "busan",
            schema = @Schema(type = SchemaType.ARRAY, maxItems = ArticleListQuery.MAX_TAGS,
                    implementation = String.class))
    @QueryParam("tag")
    List<String> tag;

    @Parameter(description = "Author slug.", example = "min-ji-park",
            schema = @Schema(pattern = RequestParams.SLUG_PATTERN, maxLength = RequestParams.SLUG_MAX_LENGTH))
    @QueryParam("author")
    String author;

    @Parameter(description = "Only articles whose dateField is at or after this RFC 3339 instant.",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"), example = "2019-04-25T00:00:00+09:00")
    @QueryParam("from")
    String from;

    @Parameter(description = "Only articles whose dateField is before this RFC 3339 instant.",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"), example = "2019-04-26T00:00:00+09:00")
    @QueryParam("to")
    String to;

    @Parameter(description = "The timestamp that from and to apply to.",
            schema = @Schema(enumeration = {"published", "firstPublished", "updated"}, defaultValue = "published"))
    @QueryParam("dateField")
    String dateField;

    @Parameter(description = "Order: newest or oldest by publication, or most recently updated first; with q "
            + "also relevance, the default there. Without q the default is newest.",
            schema = @Schema(enumeration = {"relevance", "newest", "oldest", "updated"}))
    @QueryParam("sort")
    String sort;

    /** The list, or with q the search; throws one 400 that names every bad parameter, in the order declared. */
    public ArticleListRequest request(UriInfo uri, Editions editions) {
        // "?q=" arrives as null; it is still a search, an empty one, which is refused.
        boolean searching = q != null || uri.getQueryParameters().containsKey("q");
        boolean byRelevance = searching && (sort == null || SearchOrder.RELEVANCE.equals(sort));
        RequestParams params = new RequestParams();
        SearchQuery query = searching ? searchQuery(params) : null;
        LanguageNegotiation.Negotiated[] edition = new LanguageNegotiation.Negotiated[1];
        ArticleListQuery.Builder filters = filters(params, editions, edition);
        ArticleSort order = byRelevance ? ArticleSort.NEWEST
                : sort(params, sort, searching ? SearchOrder.RELEVANCE + ", " + LIST_SORTS : LIST_SORTS);
        int size = limit(params);
        Representation shape = shape(params);
        params.throwIfInvalid();
        filters.sort(order);
        if (byRelevance) {
            // Relevance pages have a cursor of their own; the filters always start from the top.
            RelevanceCursor position = cursor == null ? null : RelevanceCursor.decode(cursor);
            return ArticleListRequest.search(new ArticleSearchRequest(query, filters.page(size, null).build(),
                    SearchOrder.relevance(), position), shape).in(edition[0]);
        }
        ArticleListQuery list = filters.page(size, cursor(order)).build();
        if (!searching) {
            return ArticleListRequest.list(list, shape).in(edition[0]);
        }
        // Date-ordered hits page like the list itself: by the list's cursor, inside the filters.
        return ArticleListRequest.search(new ArticleSearchRequest(query, list, new SearchOrder(order), null), shape)
                .in(edition[0]);
    }

    private ArticleListQuery.Builder filters(RequestParams params, Editions editions,
                                             LanguageNegotiation.Negotiated[] edition) {
        ArticleListQuery.Builder filters = ArticleListQuery.builder()
                .section(params.slug("section", section))
                .tags(tags(params))
                .author(params.slug("author", author));
        edition[0] = edition(params, editions);
        filters.language(languageFilter(edition[0], editions));
        Instant start = params.dateTime("from", from);
        Instant end = params.dateTime("to", to);
        if (start != null && end != null && !start.isBefore(end)) {
            params.reject("to", "must be later than from");
        }
        return filters.range(params.oneOf("dateField", dateField, DateField.PUBLISHED, DateField::fromWire,
                "published, firstPublished, updated"), start, end);
    }

    private SearchQuery searchQuery(RequestParams params) {
        String text = q == null ? "" : q;
        if (text.isBlank()) {
            params.reject("q", "must not be empty");
        } else if (text.length() > SearchQuery.MAX_LENGTH) {
            params.reject("q", "must be at most " + SearchQuery.MAX_LENGTH + " characters");
        } else {
            SearchQuery query = SearchQuery.parse(text);
            if (query == null) {
                params.reject("q", "must contain at least one word to look for");
            }
            return query;
        }
        return null;
    }

    /** Each tag once, in the order given. */
    private List<String> tags(RequestParams params) {
        List<String> slugs = new ArrayList<>();
        if (tag == null) {
            return slugs;
        }
        if (tag.size() > ArticleListQuery.MAX_TAGS) {
            params.reject("tag", "at most " + ArticleListQuery.MAX_TAGS + " tags can be combined");
        }
        for (String value : tag) {
            String slug = params.slug("tag", value);
            if (slug != null && !slugs.contains(slug)) {
                slugs.add(slug);
            }
        }
        return slugs;
    }
}
