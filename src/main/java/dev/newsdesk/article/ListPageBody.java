package dev.newsdesk.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.article.api.ArticlePage;
import dev.newsdesk.article.api.ArticleSummary;
import dev.newsdesk.web.cache.CacheDependencies;
import dev.newsdesk.web.cache.ContentBoundaries;
import dev.newsdesk.web.cache.RenderedBody;
import dev.newsdesk.web.paging.PageLinks;
import dev.newsdesk.web.paging.PageMeta;
import dev.newsdesk.web.paging.RenderedPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A list page in the default shape, written as Jackson writes {@link ArticlePage} but from each item's stored
 * summary (ArticleDocuments) where it still holds, so a page costs its list query and one read of summaries instead
 * of rendering every item. An item without one is rendered here as before. The surrogate keys are the items' keys
 * in order, as walking the page record finds them; each stored item reports the boundaries its render reported.
 */
@ApplicationScoped
public class ListPageBody {

    private static final byte[] DATA = "{\"data\":[".getBytes(StandardCharsets.UTF_8);
    private static final byte[] META = "],\"meta\":".getBytes(StandardCharsets.UTF_8);
    private static final byte[] LINKS = ",\"links\":".getBytes(StandardCharsets.UTF_8);

    private final ArticleDocuments documents;
    private final ArticleMapper mapper;
    private final ContentBoundaries boundaries;
    private final ObjectMapper json;
    private final VisibleArticles visible;

    ListPageBody(ArticleDocuments documents, ArticleMapper mapper, ContentBoundaries boundaries, ObjectMapper json,
                 VisibleArticles visible) {
        this.visible = visible;
        this.documents = documents;
        this.mapper = mapper;
        this.boundaries = boundaries;
        this.json = json;
    }

    /** The page of these visible articles, in this order. */
    RenderedPage page(List<UUID> ids, PageMeta meta, PageLinks links, Instant now) {
        return page(ids, documents.summaries(ids, now), meta, links, now);
    }

    /** As above, with the stored summaries that hold already read (SummaryPageRows); the others are rendered. */
    RenderedPage page(List<UUID> ids, Map<UUID, StoredSummary> stored, PageMeta meta, PageLinks links, Instant now) {
        Map<UUID, Article> unstored = stored.size() == ids.size() ? Map.of()
                : visible.findByIds(ids.stream().filter(id -> !stored.containsKey(id)).toList(), now);
        Set<String> keys = new LinkedHashSet<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 + ids.size() * 4096);
        out.writeBytes(DATA);
        boolean first = true;
        // The page's Last-Modified from the stored summaries' own (and the boundaries they report as passed), as
        // HttpCaching would look it up from the page's keys; any item without one leaves it to that lookup.
        Instant modified = null;
        boolean modifiedKnown = !ids.isEmpty();
        for (UUID id : ids) {
            StoredSummary summary = stored.get(id);
            Article article = summary == null ? unstored.get(id) : null;
            if (summary == null && article == null) {
                continue; // no longer visible since the page query read it: left out, as any list leaves it out
            }
            if (!first) {
                out.write(',');
            }
            first = false;
            if (summary != null) {
                ContentBoundaries.report(boundaries, summary.passed(), summary.validUntil());
                out.writeBytes(summary.json());
                keys.addAll(summary.keys());
                modifiedKnown &= summary.lastModified() != null;
                modified = latest(latest(modified, summary.lastModified()), summary.passed());
            } else {
                modifiedKnown = false;
                ArticleSummary fresh = mapper.toSummary(article);
                out.writeBytes(serialize(json, fresh));
                keys.addAll(CacheDependencies.of(fresh));
            }
        }
        out.writeBytes(META);
        out.writeBytes(serialize(json, meta));
        out.writeBytes(LINKS);
        out.writeBytes(serialize(json, links));
        out.write('}');
        return new RenderedPage(new RenderedBody(out.toByteArray(), MediaType.APPLICATION_JSON, keys,
                modifiedKnown ? modified : null), links);
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    /** The JSON of one part of a response, as the API's ObjectMapper writes it anywhere in a response. */
    static byte[] serialize(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response part could not be serialized", e);
        }
    }
}
