package dev.newsdesk.article.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;

/**
 * The text of a whole article body, every html, list item, attribution and caption together, is at most
 * {@link #MAX} characters. Each block has its own limit too, but 2,000 blocks of them would overflow what
 * PostgreSQL's full-text index takes (a tsvector holds at most 1 MB, about six bytes a character in the worst case
 * of one-letter words in a three-byte script), and the body column (1,000,000 characters once stored).
 */
@Documented
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
@Constraint(validatedBy = MaxBodyText.Validator.class)
public @interface MaxBodyText {

    int MAX = 150_000;

    String DESCRIPTION = "At most 150,000 characters of text in all blocks together (html, list items, "
            + "attributions and captions), and at most 1,000,000 characters once sanitized and stored as JSON.";

    String message() default "must hold at most 150000 characters of text in all blocks together";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<MaxBodyText, List<BodyBlock>> {

        @Override
        public boolean isValid(List<BodyBlock> body, ConstraintValidatorContext context) {
            if (body == null) {
                return true;
            }
            long length = 0;
            for (BodyBlock block : body) {
                length += block == null ? 0 : textLength(block);
            }
            return length <= MAX;
        }

        private static long textLength(BodyBlock block) {
            if (block instanceof BodyBlock.Paragraph p) {
                return length(p.html());
            }
            if (block instanceof BodyBlock.Heading h) {
                return length(h.html());
            }
            if (block instanceof BodyBlock.Quote q) {
                return length(q.html()) + length(q.attribution());
            }
            if (block instanceof BodyBlock.ListBlock l) {
                return l.items() == null ? 0 : l.items().stream().mapToLong(Validator::length).sum();
            }
            return length(((BodyBlock.Embed) block).caption());
        }

        private static long length(String text) {
            return text == null ? 0 : text.length();
        }
    }
}
