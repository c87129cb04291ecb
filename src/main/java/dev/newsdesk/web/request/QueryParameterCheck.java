package dev.newsdesk.web.request;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every operation of the API takes exactly the query parameters its resource method declares (with @QueryParam,
 * also inside a @BeanParam): any other name is a 400 that names it, instead of being ignored. An ignored parameter
 * hides a client's typo, and it makes a distinct URL of the same page, which any client could use to fill caches.
 * <p>
 * No parameter, query or path, may carry the NUL character: PostgreSQL refuses it in text, so it could only end as a
 * 500 deep in a query.
 */
public class QueryParameterCheck {

    private final Map<Method, Declared> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return; // answered by the runtime itself (OPTIONS, 405)
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        MultivaluedMap<String, String> path = request.getUriInfo().getPathParameters();
        if (query.isEmpty() && path.isEmpty()) {
            return;
        }
        Declared known = declared.computeIfAbsent(method, m -> declaredBy(m, resource.getResourceClass()));
        RequestParams params = new RequestParams();
        for (String name : new TreeSet<>(query.keySet())) {
            if (!known.takes(name)) {
                params.reject(name, known.names().isEmpty()
                        ? "unknown parameter; this operation takes no query parameters"
                        : "unknown parameter; allowed: " + String.join(", ", known.names()));
            } else if (containsNul(query.get(name))) {
                params.reject(name, TextRules.NO_NUL);
            }
        }
        path.forEach((name, values) -> {
            if (containsNul(values)) {
                params.reject(name, TextRules.NO_NUL);
            }
        });
        params.throwIfInvalid();
    }

    private static boolean containsNul(List<String> values) {
        return values != null && values.stream().anyMatch(TextRules::containsNul);
    }

    /** Query parameter names of a resource method: its parameters, its bean parameters' members, its class fields. */
    static Declared declaredBy(Method method, Class<?> resourceClass) {
        Set<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            collect(parameter, parameter.getType(), parameter.getName(), names);
        }
        if (resourceClass != null) {
            members(resourceClass, names);
        }
        return new Declared(List.copyOf(names),
                names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()));
    }

    /**
     * The names in order, and in lower case: Vert.x, which binds them, matches query parameter names whatever their
     * case ({@code Limit=5} is {@code limit}).
     */
    record Declared(List<String> names, Set<String> lowerCase) {

        boolean takes(String name) {
            return lowerCase.contains(name.toLowerCase(Locale.ROOT));
        }
    }

    private static void collect(AnnotatedElement element, Class<?> type, String javaName, Set<String> names) {
        for (Annotation annotation : element.getAnnotations()) {
            if (annotation instanceof QueryParam query) {
                names.add(query.value());
            } else if (annotation instanceof RestQuery query) {
                names.add(query.value().isEmpty() ? javaName : query.value());
            } else if (annotation instanceof BeanParam) {
                members(type, names);
            }
        }
    }

    private static void members(Class<?> type, Set<String> names) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                collect(field, field.getType(), field.getName(), names);
            }
            for (Method setter : c.getDeclaredMethods()) {
                if (setter.getParameterCount() == 1) {
                    collect(setter, setter.getParameterTypes()[0], setter.getName(), names);
                }
            }
        }
    }
}
