package dev.newsdesk.edition;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.function.BiConsumer;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Writes the language headers a delivery service noted in {@link ServedEdition}. It runs before the caching
 * filter (response filters run in descending priority), so the headers are kept with the cached copy and the
 * language takes part in its ETag and surrogate keys.
 */
public class EditionHeadersFilter {

    public static final String REQUESTED_LANGUAGE = "Newsdesk-Requested-Language";

    @Inject
    ServedEdition served;

    @ServerResponseFilter(priority = Priorities.USER + 100)
    public void addLanguageHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() >= 400 || served.contentLanguage() == null) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        languageHeaders(served, (name, value) -> {
            if (name.equals("Link")) {
                headers.add(name, value);
            } else {
                headers.putSingle(name, value);
            }
        });
    }

    /**
     * The headers of what the service noted, each once but Link (one per alternate): also written by routes that
     * answer ahead of Quarkus REST (stored article documents).
     */
    public static void languageHeaders(ServedEdition served, BiConsumer<String, String> header) {
        if (served.contentLanguage() == null) {
            return;
        }
        header.accept(HttpHeaders.CONTENT_LANGUAGE, served.contentLanguage());
        if (served.requestedLanguage() != null) {
            header.accept(REQUESTED_LANGUAGE, served.requestedLanguage());
        }
        if (served.varyOnAcceptLanguage()) {
            header.accept(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        }
        served.links().forEach(link -> header.accept("Link", link));
        if (served.contentLocation() != null) {
            header.accept("Content-Location", served.contentLocation());
        }
    }
}
