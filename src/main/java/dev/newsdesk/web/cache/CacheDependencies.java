package dev.newsdesk.web.cache;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Finds the stored entities a response depends on by walking its records: every {@link SurrogateKey} record met on
 * the way (the article, its section, byline, tags, lead and inline media) contributes {@code kind:id}.
 */
public final class CacheDependencies {

    /** Where each kind's rows are stored: their updated_at feeds Last-Modified. */
    public record Stored(String table, String entity, boolean uuidIds) {
        Stored(String table, String entity) {
            this(table, entity, true);
        }

        Object id(String raw) {
            return uuidIds ? UUID.fromString(raw) : raw;
        }
    }

    /** Every surrogate-key kind, by name. */
    public static final Map<String, Stored> KINDS = Map.of(
            "article", new Stored("article", "Article"), "section", new Stored("section", "Section"),
            "author", new Stored("author", "Author"), "tag", new Stored("tag", "Tag"),
            "media", new Stored("media_asset", "MediaAsset"),
            "collection", new Stored("article_collection", "ArticleCollection"),
            "site", new Stored("site_settings", "SiteSettings", false));

    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            for (RecordComponent c : components) {
                c.getAccessor().setAccessible(true);
            }
            return components;
        }
    };

    private CacheDependencies() {
    }

    /** The keys, in order of first appearance, each a {@code kind:id} pair. */
    public static Set<String> of(Object entity) {
        Set<String> keys = new LinkedHashSet<>();
        walk(entity, keys, 0);
        return keys;
    }

    private static void walk(Object value, Set<String> keys, int depth) {
        // Response records nest a few levels; the bound only guards against a pathological graph.
        if (value == null || depth > 12) {
            return;
        }
        if (value instanceof Collection<?> items) {
            items.forEach(item -> walk(item, keys, depth + 1));
            return;
        }
        Class<?> type = value.getClass();
        if (!type.isRecord()) {
            return;
        }
        SurrogateKey key = type.getAnnotation(SurrogateKey.class);
        if (key != null && !key.singleton().isEmpty()) {
            keys.add(key.value() + ":" + key.singleton());
        }
        for (RecordComponent component : COMPONENTS.get(type)) {
            Object child = read(component, value);
            if (key != null && component.getName().equals("id") && child != null) {
                keys.add(key.value() + ":" + child);
            } else {
                walk(child, keys, depth + 1);
            }
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component + " of a response record", e);
        }
    }
}
