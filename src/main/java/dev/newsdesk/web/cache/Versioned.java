package dev.newsdesk.web.cache;

import jakarta.ws.rs.core.Response;

/** An editorial answer together with the optimistic-lock version its ETag names. */
public record Versioned<T>(T body, long version) {

    /** The response with this body and its strong ETag. */
    public Response toResponse(Response.ResponseBuilder response) {
        return response.tag(EntityTags.of(version)).entity(body).build();
    }
}
