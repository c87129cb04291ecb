package dev.newsdesk.article;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.article.api.ArticleIncluded;
import dev.newsdesk.article.api.ArticleList;
import dev.newsdesk.article.api.ArticlePage;
import dev.newsdesk.article.api.ArticleResponse;
import dev.newsdesk.article.api.ArticleSummary;
import dev.newsdesk.article.api.SearchMatch;
import dev.newsdesk.web.paging.PageLinks;
import dev.newsdesk.web.paging.PageMeta;
import dev.newsdesk.web.paging.Paging;
import dev.newsdesk.web.request.Representation;
import dev.newsdesk.web.request.ShapedJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns article records into what the client asked for: the records themselves by default (so default answers stay
 * exactly as they were), or JSON trimmed by fields= and extended with included objects and search matches.
 */
@ApplicationScoped
public class ArticleRepresentation {

    private final ObjectMapper json;
    private final ArticleIncludes includes;
    private final ArticleService articles;

    public ArticleRepresentation(ObjectMapper json, ArticleIncludes includes, ArticleService articles) {
        this.json = json;
        this.includes = includes;
        this.articles = articles;
    }

    /** One page of the article list (all articles, or an author's, a tag's...) shaped as asked. */
    public Response listPage(ArticleListQuery query, Representation shape, UriInfo uri) {
        ArticleService.Page page = articles.list(query);
        String nextCursor = page.next() == null ? null : page.next().encode();
        return page(page.items(), Map.of(), query.limit(), nextCursor, uri, shape);
    }

    /** A cursor page of summaries with its links, in the body and in the Link header. */
    public Response page(List<ArticleSummary> items, Map<UUID, SearchMatch> matches, int limit, String nextCursor,
                         UriInfo uri, Representation shape) {
        PageLinks links = Paging.links(uri, nextCursor);
        PageMeta meta = new PageMeta(limit, nextCursor);
        Object body;
        if (shape.isDefault() && matches.isEmpty()) {
            body = new ArticlePage(items, meta, links);
        } else {
            ObjectNode page = json.createObjectNode();
            page.set("data", json.valueToTree(summaries(items, matches, shape)));
            page.set("meta", json.valueToTree(meta));
            page.set("links", json.valueToTree(links));
            body = new ShapedJson(page, items);
        }
        return Paging.ok(body, links);
    }

    /** A short unpaged list {data: [...]} of summaries, shaped as asked. */
    public Object list(List<ArticleSummary> items, Representation shape) {
        if (shape.isDefault()) {
            return new ArticleList(items);
        }
        ObjectNode list = json.createObjectNode();
        list.set("data", json.valueToTree(summaries(items, Map.of(), shape)));
        return new ShapedJson(list, items);
    }

    /** Summaries as records, or as shaped JSON when fields= or include= was given. */
    private List<?> summaries(List<ArticleSummary> items, Map<UUID, SearchMatch> matches, Representation shape) {
        if (shape.isDefault() && matches.isEmpty()) {
            return items;
        }
        Map<UUID, ArticleIncluded> included = includes.forArticles(items.stream().map(ArticleSummary::id).toList(),
                shape.includes());
        return items.stream().map(item -> shaped(item, item.id(), matches.get(item.id()), included, shape)).toList();
    }

    /** A record holding a list of summaries (a collection, say) with that list shaped as asked. */
    public Object withItems(Record container, String itemsField, List<ArticleSummary> items, Representation shape) {
        if (shape.isDefault()) {
            return container;
        }
        ObjectNode node = json.valueToTree(container);
        node.set(itemsField, json.valueToTree(summaries(items, Map.of(), shape)));
        return new ShapedJson(node, List.of(container));
    }

    public Object article(ArticleResponse article, Representation shape) {
        if (shape.isDefault()) {
            return article;
        }
        return new ShapedJson(shaped(article, article.id(), null,
                includes.forArticles(List.of(article.id()), shape.includes()), shape), List.of(article));
    }

    private ObjectNode shaped(Record item, UUID id, SearchMatch match, Map<UUID, ArticleIncluded> included,
                              Representation shape) {
        ObjectNode node = json.valueToTree(item);
        if (match != null) {
            node.set("search", json.valueToTree(match));
        }
        if (included.containsKey(id)) {
            node.set("included", json.valueToTree(included.get(id)));
        }
        return shape.shape(node);
    }
}
