package dev.newsdesk.tag;

import dev.newsdesk.edition.DisplayLanguage;
import dev.newsdesk.edition.TranslationsJson;
import dev.newsdesk.tag.api.TagTranslation;
import java.util.Map;
import dev.newsdesk.tag.api.TagResponse;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class TagMapper {

    private final TranslationsJson translations;

    public TagMapper(TranslationsJson translations) {
        this.translations = translations;
    }

    public TagResponse toResponse(Tag tag) {
        return new TagResponse(tag.getId(), tag.getSlug(), tag.getName(), tag.getType());
    }

    /** The tag with its name in the display language. */
    public TagResponse toResponse(Tag tag, DisplayLanguage display) {
        TagTranslation translated = display.pick(translations(tag));
        return new TagResponse(tag.getId(), tag.getSlug(), translated == null ? tag.getName() : translated.name(),
                tag.getType());
    }

    /** As editors get it: with its translations. */
    public TagResponse toEditorial(Tag tag) {
        return new TagResponse(tag.getId(), tag.getSlug(), tag.getName(), tag.getType(), translations(tag));
    }

    public Map<String, TagTranslation> translations(Tag tag) {
        return translations.read(tag.getTranslationsJson(), TagTranslation.class);
    }
}
