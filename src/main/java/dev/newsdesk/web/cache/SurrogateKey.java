package dev.newsdesk.web.cache;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a response record that stands for one stored entity: its {@code id()} component is named in the
 * Surrogate-Key header of every response embedding it ({@code article:<id>}), so a CDN purge of that key reaches
 * every cached page that shows it. The value must be a key of {@link CacheDependencies#KINDS}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SurrogateKey {
    String value();

    /** For a record standing for a one-row table (the site settings), which has no {@code id()} component. */
    String singleton() default "";
}
