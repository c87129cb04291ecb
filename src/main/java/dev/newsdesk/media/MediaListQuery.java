package dev.newsdesk.media;

import dev.newsdesk.web.paging.InstantIdCursor;
import dev.newsdesk.web.request.RequestParams;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The editorial media list: newest first, optionally only assets in some rights states.
 *
 * @param rights the states asked for, any of them matching; empty: every asset
 * @param cursor the createdAt and id of the previous page's last asset, or null
 */
public record MediaListQuery(Set<RightsFilter> rights, int limit, InstantIdCursor cursor) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    /** The list's name in its cursors: a cursor of another list is refused. */
    public static final String CURSOR_LIST = "editorial-media";

    /**
     * A rights state to filter on: the asset's rightsStatus now (active, pending, expired), or none, an asset
     * without any recorded rights (no usage terms, no window), which is shown as active: the ones to look into.
     */
    public enum RightsFilter {
        ACTIVE, PENDING, EXPIRED, NONE;

        public static final String WIRE_NAMES = "active, pending, expired, none";

        static Optional<RightsFilter> fromWire(String value) {
            return Arrays.stream(values()).filter(f -> f.name().toLowerCase(Locale.ROOT).equals(value)).findFirst();
        }
    }

    /** Parses raw query parameters; throws one 400 problem naming every bad parameter. */
    public static MediaListQuery parse(List<String> rights, String limit, String cursor) {
        RequestParams params = new RequestParams();
        Set<RightsFilter> states = params.everyOneOf("rights", rights, RightsFilter.class, RightsFilter::fromWire,
                RightsFilter.WIRE_NAMES);
        int pageSize = params.intInRange("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        params.throwIfInvalid();
        return new MediaListQuery(Set.copyOf(states), pageSize, cursor == null ? null : InstantIdCursor.decode(CURSOR_LIST, cursor));
    }
}
