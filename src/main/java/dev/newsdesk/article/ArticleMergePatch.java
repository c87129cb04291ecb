package dev.newsdesk.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.article.api.ArticleSnapshot;
import dev.newsdesk.article.api.ArticleUpdateRequest;
import dev.newsdesk.web.problem.ProblemCode;
import dev.newsdesk.web.problem.ProblemException;
import dev.newsdesk.web.request.JsonMergePatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * RFC 7396 for articles: the patch is merged into the update document the content fills (minor, correction and draft
 * false, no note), and the result must be a valid PUT body.
 */
@ApplicationScoped
class ArticleMergePatch {

    private final ObjectMapper json;
    private final Validator validator;

    ArticleMergePatch(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** Whether the patch asks for its change to be saved as a draft. */
    static boolean asksForDraft(JsonNode patch) {
        return patch.path("draft").isBoolean() && patch.get("draft").booleanValue();
    }

    /** The update request the patch makes of this content; 400 unless it is an object, 422 unless valid. */
    ArticleUpdateRequest apply(ArticleSnapshot base, JsonNode patch) {
        if (!patch.isObject()) {
            throw new ProblemException(ProblemCode.MALFORMED_REQUEST,
                    "A merge patch for an article must be a JSON object");
        }
        JsonNode document = JsonMergePatch.apply(json.valueToTree(base), patch);
        ArticleUpdateRequest request = JsonMergePatch.read(json, document, ArticleUpdateRequest.class);
        Set<ConstraintViolation<ArticleUpdateRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }
}
