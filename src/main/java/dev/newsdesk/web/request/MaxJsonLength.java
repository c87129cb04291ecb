package dev.newsdesk.web.request;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.Dependent;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A value stored as one JSON text (a site's menu) takes at most {@link #value()} characters written as the API
 * writes it, the size of its column. Nested entries each within their own limits can still add up to more.
 */
@Documented
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
@Constraint(validatedBy = MaxJsonLength.Validator.class)
public @interface MaxJsonLength {

    int value();

    String message() default "must take at most {value} characters as compact JSON";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A bean (one per constraint), so it writes JSON with the API's own mapper: the text that is stored. */
    @Dependent
    class Validator implements ConstraintValidator<MaxJsonLength, Object> {

        private final ObjectMapper json;
        private int max;

        public Validator(ObjectMapper json) {
            this.json = json;
        }

        @Override
        public void initialize(MaxJsonLength constraint) {
            max = constraint.value();
        }

        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                return json.writeValueAsString(value).length() <= max;
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A request value could not be written as JSON", e);
            }
        }
    }
}
