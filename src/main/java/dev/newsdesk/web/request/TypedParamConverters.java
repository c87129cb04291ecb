package dev.newsdesk.web.request;

import dev.newsdesk.web.problem.ProblemException;
import dev.newsdesk.web.problem.ProblemMappers;
import dev.newsdesk.web.problem.ProblemResponses;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.util.function.Function;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Lets resources take typed parameters ({@code @PathParam("id") UUID id}, {@code @PathParam("number") @Min(1) int
 * number}) while a malformed value still answers the API's 400 that names the parameter. JAX-RS would answer 404 for
 * a path parameter it cannot convert. A number's {@code @Min}/{@code @Max} are checked here too, so one out of range
 * gets the same 400 as one that is no number.
 */
@Provider
public class TypedParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(value -> RequestParams.requireUuid(name, value));
        }
        if (rawType == int.class || rawType == Integer.class) {
            long min = Integer.MIN_VALUE;
            long max = Integer.MAX_VALUE;
            for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
                if (annotation instanceof Min bound) {
                    min = Math.max(min, bound.value());
                } else if (annotation instanceof Max bound) {
                    max = Math.min(max, bound.value());
                }
            }
            int low = (int) min;
            int high = (int) max;
            return (ParamConverter<T>) converter(value -> {
                RequestParams params = new RequestParams();
                int parsed = params.intInRange(name, value, 0, low, high);
                params.throwIfInvalid();
                return parsed;
            });
        }
        return null;
    }

    private static <V> ParamConverter<V> converter(Function<String, V> parse) {
        return new ParamConverter<V>() {
            @Override
            public V fromString(String value) {
                try {
                    return value == null ? null : parse.apply(value);
                } catch (ProblemException e) {
                    throw new InvalidParameterException(e);
                }
            }

            @Override
            public String toString(V value) {
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
