package dev.newsdesk.syndication;

import dev.newsdesk.web.problem.ProblemException;
import java.util.Arrays;

/** The three feed formats, each at its own URL segment: /api/v1/feeds/{format}/... */
public enum FeedFormat {
    RSS("rss", "application/rss+xml; charset=UTF-8"),
    ATOM("atom", "application/atom+xml; charset=UTF-8"),
    JSON("json", "application/feed+json; charset=UTF-8");

    private final String segment;
    private final String mediaType;

    FeedFormat(String segment, String mediaType) {
        this.segment = segment;
        this.mediaType = mediaType;
    }

    public String segment() {
        return segment;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The media type without parameters, as rel="self" and type attributes name it. */
    public String bareMediaType() {
        return mediaType.substring(0, mediaType.indexOf(';'));
    }

    /** An unknown format is a feed that does not exist: 404, as for any unknown path. */
    public static FeedFormat fromSegment(String value) {
        return Arrays.stream(values()).filter(f -> f.segment.equals(value)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("feed format", value));
    }
}
