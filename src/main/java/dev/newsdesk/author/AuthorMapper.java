package dev.newsdesk.author;

import dev.newsdesk.author.api.AuthorTranslation;
import dev.newsdesk.edition.DisplayLanguage;
import dev.newsdesk.edition.TranslationsJson;
import java.util.Map;
import dev.newsdesk.author.api.AuthorRef;
import dev.newsdesk.author.api.AuthorResponse;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AuthorMapper {

    private final TranslationsJson translations;

    public AuthorMapper(TranslationsJson translations) {
        this.translations = translations;
    }

    public AuthorRef toRef(Author author) {
        return new AuthorRef(author.getId(), author.getSlug(), author.getName(), author.getTitle());
    }

    /** The byline entry in the display language. */
    public AuthorRef toRef(Author author, DisplayLanguage display) {
        AuthorTranslation translated = display.pick(translations(author));
        return translated == null ? toRef(author) : new AuthorRef(author.getId(), author.getSlug(), translated.name(),
                translated.title() == null ? author.getTitle() : translated.title());
    }

    public AuthorResponse toResponse(Author author) {
        return new AuthorResponse(author.getId(), author.getSlug(), author.getName(), author.getTitle(),
                author.getBio());
    }

    public AuthorResponse toResponse(Author author, DisplayLanguage display) {
        AuthorTranslation translated = display.pick(translations(author));
        return translated == null ? toResponse(author) : new AuthorResponse(author.getId(), author.getSlug(),
                translated.name(), translated.title() == null ? author.getTitle() : translated.title(),
                translated.bio() == null ? author.getBio() : translated.bio());
    }

    /** As editors get it: with its translations. */
    public AuthorResponse toEditorial(Author author) {
        return new AuthorResponse(author.getId(), author.getSlug(), author.getName(), author.getTitle(),
                author.getBio(), translations(author));
    }

    public Map<String, AuthorTranslation> translations(Author author) {
        return translations.read(author.getTranslationsJson(), AuthorTranslation.class);
    }
}
