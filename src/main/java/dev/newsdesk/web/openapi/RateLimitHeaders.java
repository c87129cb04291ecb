package dev.newsdesk.web.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The rate-limit fields of draft-ietf-httpapi-ratelimit-headers-10 in the contract, a convention of
 * {@link ContractFilter}: every API answer carries them (ratelimit/RateLimitRoute), so every success and the shared
 * 304 document them by reference to one header component each. The 429 response documents them itself.
 */
final class RateLimitHeaders {

    private RateLimitHeaders() {
    }

    /** Every success and the shared 304 carry the two rate-limit fields, defined once as header components. */
    static void document(OpenAPI openAPI) {
        // Sorted: the generated contract is committed, so its order must not change from one build to the next.
        Map<String, String> fields = new TreeMap<>(Map.of("RateLimit-Policy", OpenApiDefinition.POLICY_HEADER,
                "RateLimit", OpenApiDefinition.LIMIT_HEADER));
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        fields.forEach((name, description) -> openAPI.getComponents().addHeader(name, OASFactory.createHeader()
                .description(description).schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))));
        List<APIResponse> responses = new ArrayList<>();
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(operation ->
                operation.getResponses().getAPIResponses().forEach((status, response) -> {
                    if (status.startsWith("2")) {
                        responses.add(response);
                    }
                })));
        if (openAPI.getComponents().getResponses() != null
                && openAPI.getComponents().getResponses().get("NotModified") != null) {
            responses.add(openAPI.getComponents().getResponses().get("NotModified"));
        }
        for (APIResponse response : responses) {
            for (String name : fields.keySet()) {
                if (response.getRef() == null && (response.getHeaders() == null
                        || !response.getHeaders().containsKey(name))) {
                    response.addHeader(name, OASFactory.createHeader().ref(name));
                }
            }
        }
    }
}
