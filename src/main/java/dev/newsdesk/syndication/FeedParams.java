package dev.newsdesk.syndication;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** What every feed takes, whatever it follows: the format of the URL and the number of items (@BeanParam). */
public class FeedParams {

    @Parameter(description = "rss (RSS 2.0, application/rss+xml), atom (Atom, application/atom+xml) or json "
            + "(JSON Feed 1.1, application/feed+json). Any other value is a 404.", example = "rss")
    @PathParam("format")
    String format;

    @Parameter(description = "Number of items, newest first; more than 100 is refused, not capped. Default: "
            + "newsdesk.syndication.feeds.size (20).", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
            maximum = "100", defaultValue = "20"))
    @QueryParam("limit")
    String limit;
}
