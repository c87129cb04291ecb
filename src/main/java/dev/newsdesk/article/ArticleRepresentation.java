package dev.newsdesk.article;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.article.api.ArticleIncluded;
import dev.newsdesk.article.api.ArticleList;
import dev.newsdesk.article.api.ArticlePage;
import dev.newsdesk.article.api.ArticleResponse;
import dev.newsdesk.article.api.ArticleSummary;
import dev.newsdesk.article.api.SearchMatch;
import dev.newsdesk.web.paging.PageAddress;
import dev.newsdesk.web.paging.PageLinks;
import dev.newsdesk.web.paging.PageMeta;
import dev.newsdesk.web.request.Representation;
import dev.newsdesk.web.request.Shaped;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns article records into what the client asked for: the records themselves by default (so default answers stay
 * exactly as they were), or JSON trimmed by fields= and extended with included objects and search matches. A pure
 * step: the services read the records and the included objects, and hand them here last.
 */
@ApplicationScoped
public class ArticleRepresentation {

    private final ObjectMapper json;

    public ArticleRepresentation(ObjectMapper json) {
        this.json = json;
    }

    public Shaped<ArticleResponse> article(ArticleResponse article, Map<UUID, ArticleIncluded> included,
                                           Representation shape) {
        if (shape.isDefault()) {
            return Shaped.asIs(article);
        }
        return Shaped.as(article, shaped(article, article.id(), null, included, shape));
    }

    /** A cursor page of summaries with its links; search hits always carry their match. */
    public Shaped<ArticlePage> page(SummaryPage page, Map<UUID, ArticleIncluded> included, int limit,
                                    PageAddress at, Representation shape) {
        PageLinks links = at.links(page.nextCursor());
        PageMeta meta = new PageMeta(limit, page.nextCursor());
        ArticlePage record = new ArticlePage(page.items(), meta, links);
        if (shape.isDefault() && page.matches().isEmpty()) {
            return Shaped.asIs(record);
        }
        ObjectNode node = json.createObjectNode();
        node.set("data", json.valueToTree(summaries(page.items(), page.matches(), included, shape)));
        node.set("meta", json.valueToTree(meta));
        node.set("links", json.valueToTree(links));
        return Shaped.as(record, node);
    }

    /** A short unpaged list {data: [...]} of summaries. */
    public Shaped<ArticleList> list(List<ArticleSummary> items, Map<UUID, ArticleIncluded> included,
                                    Representation shape) {
        ArticleList record = new ArticleList(items);
        if (shape.isDefault()) {
            return Shaped.asIs(record);
        }
        ObjectNode node = json.createObjectNode();
        node.set("data", json.valueToTree(summaries(items, Map.of(), included, shape)));
        return Shaped.as(record, node);
    }

    /** A record holding a list of summaries (a collection, say) with that list shaped as asked. */
    public <T extends Record> Shaped<T> withItems(T container, String itemsField, List<ArticleSummary> items,
                                                  Map<UUID, ArticleIncluded> included, Representation shape) {
        if (shape.isDefault()) {
            return Shaped.asIs(container);
        }
        ObjectNode node = json.valueToTree(container);
        node.set(itemsField, json.valueToTree(summaries(items, Map.of(), included, shape)));
        return Shaped.as(container, node);
    }

    private List<ObjectNode> summaries(List<ArticleSummary> items, Map<UUID, SearchMatch> matches,
                                       Map<UUID, ArticleIncluded> included, Representation shape) {
        return items.stream().map(item -> shaped(item, item.id(), matches.get(item.id()), included, shape)).toList();
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
