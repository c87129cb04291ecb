package dev.newsdesk.web.problem;

import dev.newsdesk.web.cache.EntityTags;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A write that lost an optimistic-lock race is a stale precondition (412), never a 500. */
public class ConcurrencyProblemMappers {

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response lostRace(Exception e, UriInfo uri) {
        ProblemException stale = EntityTags.stale();
        return ProblemResponses.of(stale.code(), stale.getMessage(), "/" + uri.getPath().replaceFirst("^/", ""),
                List.of());
    }
}
