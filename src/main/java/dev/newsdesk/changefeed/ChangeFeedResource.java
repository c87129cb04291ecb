package dev.newsdesk.changefeed;

import dev.newsdesk.changefeed.api.ChangePage;
import dev.newsdesk.web.problem.ProblemException;
import dev.newsdesk.web.request.RequestParams;
import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/changes")
@Tag(name = "Changes")
public class ChangeFeedResource {

    static final String IMMUTABLE = "public, max-age=86400, immutable";
    static final String REVALIDATE = "public, no-cache";
    private static final String TYPES = "article, section, author, tag, media, collection, site";
    static final String LANG_DOC = "Only the articles of this edition (a language of GET /api/v1/editions; ko "
            + "also keeps ko-KR articles), and every item that is not an article (sections, tags, authors, media, "
            + "collections and the site are shared by the editions). An article that leaves the edition arrives as "
            + "a tombstone out_of_scope. A language that is no edition is a 400 listing the editions. With lang the "
            + "answer has Content-Language (the edition); without it the feed holds every language and has none. "
            + "Accept-Language is not considered.";
    private final ChangeFeedService feed;
    private final ChangeStreams streams;

    public ChangeFeedResource(ChangeFeedService feed, ChangeStreams streams) {
        this.feed = feed;
        this.streams = streams;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listChanges", summary = "Sync: everything visible, then what changed",
            description = "Without a token: the initial sync, a paged snapshot of every visible item (phase "
                    + "snapshot); its last page's next token points at the change log as it stood before the sync "
                    + "began, so nothing written meanwhile is missed. With a token: the changes after it in commit "
                    + "order (phase changes), upserts and tombstones. Filters still deliver a tombstone when an item "
                    + "leaves them (out_of_scope) or is deleted. A page that ends before the head of the log never "
                    + "changes (Cache-Control immutable); one that reaches it must be revalidated.")
    @APIResponse(responseCode = "200", description = "One page.",
            headers = {@Header(name = "Cache-Control", description = "immutable for a complete page of changes "
                    + "before the head of the log; no-cache otherwise.", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Content-Language", description = "With lang only: the edition the feed is "
                            + "limited to.", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ChangePage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "410", ref = "ChangeTokenGone")
    public Response list(
            @Parameter(description = "The next token of the previous page; none for an initial sync.")
            @QueryParam("token") String token,
            @Parameter(description = "Only items of this type.", schema = @Schema(enumeration = {"article", "section",
                    "author", "tag", "media", "collection", "site"})) @QueryParam("type") String type,
            @Parameter(description = "Only articles of this section (by slug), and the section itself.",
                    example = "international") @QueryParam("section") String section,
            @Parameter(description = "Only articles with this tag (by slug), and the tag itself.", example = "busan")
            @QueryParam("tag") String tag,
            @Parameter(description = "Only articles in this language (BCP 47).", example = "en")
            @QueryParam("language") String language,
            @Parameter(description = LANG_DOC, example = "ko", schema = @Schema(pattern = RequestParams.LANGUAGE_PATTERN,
                    maxLength = RequestParams.LANGUAGE_MAX_LENGTH)) @QueryParam("lang") String lang,
            @Parameter(description = "Items per page; more than 1000 is refused, not capped.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "100"))
            @QueryParam("limit") String limit) {
        RequestParams params = new RequestParams();
        FeedFilter filter = filter(params, type, section, tag, language, lang);
        int size = params.intInRange("limit", limit, 100, 1, 1000);
        params.throwIfInvalid();
        ChangeFeedService.Result result = feed.page(token, filter, size);
        return Response.ok(result.page()).header("Cache-Control", result.immutable() ? IMMUTABLE : REVALIDATE)
                .build();
    }

    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamChanges", summary = "Live stream of changes (Server-Sent Events)",
            description = "The same items as listChanges, as they commit: event change, data one ChangeItem, id the "
                    + "token after it. Reconnect with Last-Event-ID (or token=) to resume without a gap; a position "
                    + "older than the retention window gets one event reset and the stream ends: sync again. A "
                    + "comment line every newsdesk.changes.stream.heartbeat; X-Accel-Buffering: no, so proxies pass "
                    + "events at once. Without a position the stream starts at the head of the log.")
    @APIResponse(responseCode = "200", description = "The stream (text/event-stream).",
            headers = @Header(name = "X-Accel-Buffering", description = "no: proxies must not buffer the stream.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "event", value = "event: change\nid: MXxkfDEwNDJ8MHx8.kq2N0b7k\n"
                            + "data: {\"type\":\"article\",\"id\":\"0b8f7a2e-5c1d-3f4e-8a9b-1c2d3e4f5a6b\",...}\n")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "503", ref = "StreamsBusy")
    public void stream(
            @Parameter(description = "Where to resume, as Last-Event-ID does (the header wins).")
            @QueryParam("token") String token,
            @Parameter(description = "The id of the last event received, sent by EventSource on reconnect.")
            @HeaderParam("Last-Event-ID") String lastEventId,
            @Parameter(description = "Only items of this type.", schema = @Schema(enumeration = {"article", "section",
                    "author", "tag", "media", "collection", "site"})) @QueryParam("type") String type,
            @Parameter(description = "Only articles of this section (by slug), and the section itself.")
            @QueryParam("section") String section,
            @Parameter(description = "Only articles with this tag (by slug), and the tag itself.")
            @QueryParam("tag") String tag,
            @Parameter(description = "Only articles in this language (BCP 47).") @QueryParam("language") String language,
            @Parameter(description = LANG_DOC, schema = @Schema(pattern = RequestParams.LANGUAGE_PATTERN,
                    maxLength = RequestParams.LANGUAGE_MAX_LENGTH)) @QueryParam("lang") String lang,
            @Context SseEventSink sink, @Context Sse sse, @Context HttpServerResponse response) {
        RequestParams params = new RequestParams();
        FeedFilter filter = filter(params, type, section, tag, language, lang);
        params.throwIfInvalid();
        boolean fromHeader = lastEventId != null && !lastEventId.isBlank();
        String position = fromHeader ? lastEventId : token;
        long seq;
        streams.reserve();
        try {
            seq = feed.streamStart(position, fromHeader ? "Last-Event-ID" : "token", filter);
        } catch (ProblemException e) {
            if (e.code().status() != 410) {
                streams.release();
                throw e;
            }
            headers(response);
            streams.startOver(sink, sse, e.getMessage());
            return;
        } catch (RuntimeException e) {
            streams.release();
            throw e;
        }
        headers(response);
        streams.open(sink, sse, seq, filter);
    }

    private static void headers(HttpServerResponse response) {
        response.putHeader("X-Accel-Buffering", "no");
        response.putHeader("Cache-Control", "no-store");
    }

    private FeedFilter filter(RequestParams params, String type, String section, String tag, String language,
                              String lang) {
        String itemType = params.oneOf("type", type, null,
                t -> Optional.of(t).filter(ChangeFeedService.TYPES::contains), TYPES);
        String sectionSlug = section == null ? null : params.slug("section", section);
        String tagSlug = tag == null ? null : params.slug("tag", tag);
        String exact = language == null ? null : params.language("language", language);
        String edition = lang == null ? null : params.language("lang", lang);
        params.throwIfInvalid();
        return feed.filter(itemType, sectionSlug, tagSlug, exact, edition);
    }

}
