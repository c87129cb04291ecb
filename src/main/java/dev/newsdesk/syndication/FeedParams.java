package dev.newsdesk.syndication;

import dev.newsdesk.web.request.RequestParams;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * What every feed takes, whatever it follows: the format of the URL, the number of items and the edition
 * (@BeanParam). No Accept-Language: see {@link FeedEdition}.
 */
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

    @Parameter(description = "The edition of the feed (a language of GET /api/v1/editions; ko-KR asks for ko): "
            + "only its articles (ko also lists ko-KR ones), its language declared (RSS language, Atom xml:lang, "
            + "JSON Feed language, Content-Language), its title in that edition, and its own URLs carrying lang. "
            + "Without lang: the default edition (a site with one edition lists every article). Accept-Language "
            + "is not considered: a feed URL always names the same feed. A feed is in one language: * and a "
            + "language that is no edition are a 400 listing the editions.", example = "ko",
            schema = @Schema(maxLength = RequestParams.LANGUAGE_MAX_LENGTH))
    @QueryParam("lang")
    String lang;
}
