package dev.newsdesk.web.request;

import dev.newsdesk.web.problem.ProblemException;
import dev.newsdesk.web.problem.ProblemMappers;
import dev.newsdesk.web.problem.ProblemResponses;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Lets resources take typed parameters ({@code @PathParam("id") UUID id}) while a malformed value still answers the
 * API's 400 that names the parameter. JAX-RS would answer 404 for a path parameter it cannot convert.
 */
@Provider
public class TypedParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != UUID.class) {
            return null;
        }
        String name = parameterName(annotations);
        return (ParamConverter<T>) new ParamConverter<UUID>() {
            @Override
            public UUID fromString(String value) {
                try {
                    return value == null ? null : RequestParams.requireUuid(name, value);
                } catch (ProblemException e) {
                    throw new InvalidParameterException(e);
                }
            }

            @Override
            public String toString(UUID value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return "id";
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        ProblemException problem = e.problem();
        return ProblemResponses.of(problem.code(), problem.getMessage(), ProblemMappers.path(uri), problem.errors());
    }

    /** Carries the problem through the JAX-RS parameter handling, which lets only web exceptions pass as they are. */
    public static final class InvalidParameterException extends BadRequestException {

        private final transient ProblemException problem;

        InvalidParameterException(ProblemException problem) {
            super(problem.getMessage());
            this.problem = problem;
        }

        public ProblemException problem() {
            return problem;
        }
    }
}
