package dev.newsdesk.webhook;

import dev.newsdesk.web.paging.CursorCodec;
import java.util.List;
import java.util.UUID;

/**
 * Cursor of an endpoint's delivery log (newest first): the endpoint and the id of the last attempt on the page. The
 * next page holds older attempts, so attempts logged meanwhile never shift it. A cursor of another endpoint is
 * refused rather than silently paging a different log.
 */
final class DeliveryCursor {

    private static final String LIST = "webhook-deliveries";

    private DeliveryCursor() {
    }

    static String encode(UUID endpoint, long lastId) {
        return CursorCodec.encode(List.of(LIST, endpoint.toString(), Long.toString(lastId)));
    }

    /** The id to continue below, or null without a cursor; anything else this API did not issue is INVALID_CURSOR. */
    static Long decode(UUID endpoint, String cursor) {
        if (cursor == null) {
            return null;
        }
        List<String> fields = CursorCodec.decode(cursor, 3);
        if (!LIST.equals(fields.get(0)) || !endpoint.toString().equals(fields.get(1))) {
            throw CursorCodec.invalid();
        }
        try {
            long id = Long.parseLong(fields.get(2));
            if (id <= 0) {
                throw CursorCodec.invalid();
            }
            return id;
        } catch (NumberFormatException e) {
            throw CursorCodec.invalid();
        }
    }
}
