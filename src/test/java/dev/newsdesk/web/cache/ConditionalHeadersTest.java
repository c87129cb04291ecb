package dev.newsdesk.web.cache;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The header scanners every cache hit runs (HttpCaching): they read the lists by index instead of splitting them,
 * so each shape of list a client may send is checked here, not only the common one.
 */
class ConditionalHeadersTest {

    private static final Instant MODIFIED = Instant.parse("2026-11-04T09:05:07Z");
    private static final CachedRepresentation REP = new CachedRepresentation(new byte[0], null, "abc", MODIFIED,
            Set.of(), "articles", "public", MODIFIED, Map.of(), null);

    @Test
    void gzipIsTakenWhenListedWithoutAZeroQuality() {
        for (String accepted : List.of("gzip", "GZIP", "br, gzip", " deflate ,gzip ", "x-gzip", "*", "gzip;q=0.5",
                "gzip; q=1", "br;q=0, gzip")) {
            assertTrue(HttpCaching.acceptsGzip(accepted), accepted);
        }
        for (String refused : List.of("", "br", "deflate, identity", "gzip;q=0", "gzip; q=0.000", "GZIP;Q=0.0",
                "*;q=0", "gzipped", "x-gzip;q=0, br")) {
            assertFalse(HttpCaching.acceptsGzip(refused), refused);
        }
        assertFalse(HttpCaching.acceptsGzip(null));
    }

    @Test
    void ifNoneMatchMatchesAnyListedTagWeaklyOrAStar() {
        for (String list : List.of("\"abc\"", "\"x\", \"abc\"", "\"x\",\"abc\" ", "W/\"abc\"", "*", " * ",
                "\"x\", *")) {
            assertTrue(HttpCaching.notModified(list, null, REP, false), list);
        }
        for (String list : List.of("\"abcd\"", "\"ab\"", "abc", "\"abc-gz\"", "", ",", "W/", "\"x\", \"y\"")) {
            assertFalse(HttpCaching.notModified(list, null, REP, false), list);
        }
        assertTrue(HttpCaching.notModified("\"x\", \"abc-gz\"", null, REP, true), "the gzip variant has its own tag");
        assertFalse(HttpCaching.notModified("\"abc\"", null, REP, true));
    }

    @Test
    void ifModifiedSinceIsIgnoredWhenIfNoneMatchIsSentAndComparedAsADateOtherwise() {
        String lastModified = HttpCaching.httpDate(MODIFIED);
        assertTrue(HttpCaching.notModified(null, lastModified, REP, false));
        assertTrue(HttpCaching.notModified(null, "Wed, 4 Nov 2026 09:05:08 GMT", REP, false), "one-digit day, later");
        assertFalse(HttpCaching.notModified(null, "Wed, 04 Nov 2026 09:05:06 GMT", REP, false), "earlier");
        assertFalse(HttpCaching.notModified(null, "yesterday", REP, false), "an invalid date is ignored");
        assertFalse(HttpCaching.notModified("\"other\"", lastModified, REP, false), "If-None-Match decides alone");
    }
}
