package dev.newsdesk.web.request;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a client asked to see of each item: {@code fields=} picks top-level fields (id always stays, so items can
 * still be told apart), {@code include=} names related objects to embed under {@code included}. The two compose:
 * {@code included} and search metadata are kept whatever fields are picked.
 */
public record Representation(Set<String> fields, Set<String> includes) {

    public static final int MAX_LENGTH = 500;
    private static final Set<String> ALWAYS_KEPT = Set.of("id", "included", "search");

    public static Representation full() {
        return new Representation(null, Set.of());
    }

    /** Parses fields and include against what the item offers; one 400 names every unknown name. */
    public static Representation parse(String fields, String include, Class<? extends Record> itemType,
                                       Set<String> includable) {
        RequestParams params = new RequestParams();
        Representation shape = parse(params, fields, include, itemType, includable);
        params.throwIfInvalid();
        return shape;
    }

    /**
     * Parses fields and include into {@code params}, for a request that checks them together with its other
     * parameters; the answer is only meaningful once {@code params} holds no error.
     */
    public static Representation parse(RequestParams params, String fields, String include,
                                       Class<? extends Record> itemType, Set<String> includable) {
        Set<String> known = Arrays.stream(itemType.getRecordComponents()).map(c -> c.getName())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> picked = names(params, "fields", fields, known);
        Set<String> included = names(params, "include", include, new TreeSet<>(includable));
        return new Representation(picked, included == null ? Set.of() : Set.copyOf(included));
    }

    public boolean isDefault() {
        return fields == null && includes.isEmpty();
    }

    public boolean includes(String relation) {
        return includes.contains(relation);
    }

    /** Removes every field that was not picked; a no-op when fields= was not given. */
    public ObjectNode shape(ObjectNode item) {
        if (fields != null) {
            item.retain(item.properties().stream().map(e -> e.getKey())
                    .filter(name -> fields.contains(name) || ALWAYS_KEPT.contains(name)).toList());
        }
        return item;
    }

    private static Set<String> names(RequestParams params, String parameter, String raw, Set<String> known) {
        if (raw == null) {
            return null;
        }
        if (raw.length() > MAX_LENGTH) {
            params.reject(parameter, "must be at most " + MAX_LENGTH + " characters");
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        for (String name : raw.split(",", -1)) {
            names.add(name.trim());
        }
        List<String> unknown = names.stream().filter(n -> !known.contains(n)).toList();
        if (!unknown.isEmpty()) {
            params.reject(parameter, "unknown " + (unknown.size() == 1 ? "name " : "names ")
                    + unknown.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "))
                    + "; allowed: " + String.join(", ", known));
            return null;
        }
        return names;
    }
}
