package dev.newsdesk.text;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A plain-text field of a request: cleaned by {@link RichText#plain} as the body is read, so the Bean Validation
 * constraints beside it (a headline's {@code @NotBlank}) judge the text that will be stored, and a field that was
 * only markup ({@code <i></i>}) is refused with a 422 naming it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@JacksonAnnotationsInside
@JsonDeserialize(using = PlainTextDeserializer.class)
public @interface PlainText {
}
