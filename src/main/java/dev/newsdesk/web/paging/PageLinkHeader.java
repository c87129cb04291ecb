package dev.newsdesk.web.paging;

import dev.newsdesk.web.request.Shaped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The one place that writes the RFC 8288 Link header: every 200 whose body is a page (a record holding
 * {@link PageLinks}, shaped or not) also sends its self and next links as headers, as the contract promises for
 * every {@code …Page}. No resource writes it.
 */
public class PageLinkHeader {

    public static final String LINK = "Link";

    private static final ClassValue<Optional<RecordComponent>> LINKS = new ClassValue<>() {
        @Override
        protected Optional<RecordComponent> computeValue(Class<?> type) {
            Optional<RecordComponent> links = type.isRecord()
                    ? Arrays.stream(type.getRecordComponents()).filter(c -> c.getType() == PageLinks.class).findFirst()
                    : Optional.empty();
            links.ifPresent(c -> c.getAccessor().setAccessible(true));
            return links;
        }
    };

    /**
     * Runs before the caching filter (response filters run from the highest priority down), which keeps the headers
     * a resource answer carries with the copy it stores, so copies served from the cache have the header as well.
     */
    @ServerResponseFilter(priority = Priorities.USER + 100)
    public void addLinkHeader(ContainerResponseContext response) {
        if (response.getStatus() != 200) {
            return;
        }
        PageLinks links = linksOf(response.getEntity());
        if (links != null) {
            MultivaluedMap<String, Object> headers = response.getHeaders();
            headers.add(LINK, "<" + links.self() + ">; rel=\"self\"");
            if (links.next() != null) {
                headers.add(LINK, "<" + links.next() + ">; rel=\"next\"");
            }
        }
    }

    static PageLinks linksOf(Object entity) {
        Object page = entity instanceof Shaped<?> shaped ? shaped.record() : entity;
        if (page == null) {
            return null;
        }
        Optional<RecordComponent> links = LINKS.get(page.getClass());
        if (links.isEmpty()) {
            return null;
        }
        try {
            return (PageLinks) links.get().getAccessor().invoke(page);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read the links of " + page.getClass().getSimpleName(), e);
        }
    }
}
