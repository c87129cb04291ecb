package dev.newsdesk.article.search;

import dev.newsdesk.web.paging.CursorCodec;
import java.util.List;
import java.util.UUID;

/**
 * Position after the last hit of a relevance-ordered page: its rank and id. Ranks are computed by the database from
 * the stored text, so the same query gives the same ranks and the next page starts exactly after the last hit.
 */
public record RelevanceCursor(double rank, UUID id) {

    public String encode() {
        return CursorCodec.encode(List.of(SearchOrder.RELEVANCE, Double.toString(rank), id.toString()));
    }

    public static RelevanceCursor decode(String cursor) {
        List<String> fields = CursorCodec.decode(cursor, 3);
        if (!SearchOrder.RELEVANCE.equals(fields.get(0))) {
            throw CursorCodec.invalid();
        }
        try {
            double rank = Double.parseDouble(fields.get(1));
            if (!Double.isFinite(rank)) {
                throw CursorCodec.invalid();
            }
            return new RelevanceCursor(rank, UUID.fromString(fields.get(2)));
        } catch (IllegalArgumentException e) {
            throw CursorCodec.invalid();
        }
    }
}
