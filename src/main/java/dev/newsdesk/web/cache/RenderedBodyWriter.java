package dev.newsdesk.web.cache;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes a {@link RenderedBody}, or the body of any {@link Prerendered} entity, as its bytes. {@link HttpCachingFilters} normally replaces the entity with the
 * cached bytes first; this covers any answer that filter leaves alone.
 */
@Provider
@Produces(MediaType.WILDCARD)
public class RenderedBodyWriter implements MessageBodyWriter<Prerendered> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Prerendered.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Prerendered entity, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out)
            throws IOException {
        out.write(entity.rendered().bytes());
    }
}
