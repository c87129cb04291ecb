package dev.newsdesk.section;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.edition.DisplayLanguage;
import dev.newsdesk.media.MediaMapper;
import dev.newsdesk.section.api.EditorialSection;
import dev.newsdesk.section.api.SectionCrumb;
import dev.newsdesk.section.api.SectionRef;
import dev.newsdesk.seo.Robots;
import dev.newsdesk.seo.api.SeoResponse;
import dev.newsdesk.slug.SitePaths;
import dev.newsdesk.section.api.SectionResponse;
import dev.newsdesk.section.api.SectionTranslation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class SectionMapper {

    private static final TypeReference<Map<String, SectionTranslation>> TRANSLATIONS = new TypeReference<>() {
    };

    private final MediaMapper media;
    private final ObjectMapper json;

    public SectionMapper(MediaMapper media, ObjectMapper json) {
        this.media = media;
        this.json = json;
    }

    public SectionRef toRef(Section section) {
        return toRef(section, DisplayLanguage.DEFAULT);
    }

    /** The section as a reference, its name and its ancestors' in the display language. */
    public SectionRef toRef(Section section, DisplayLanguage display) {
        List<Section> chain = chain(section);
        List<SectionCrumb> ancestors = new ArrayList<>(chain.size() - 1);
        StringBuilder path = new StringBuilder();
        for (Section s : chain) {
            path.append('/').append(s.getSlug());
            if (s != section) {
                ancestors.add(new SectionCrumb(s.getId(), s.getSlug(), name(s, display), path.toString()));
            }
        }
        return new SectionRef(section.getId(), section.getSlug(), name(section, display), path.toString(),
                List.copyOf(ancestors));
    }

    public SectionResponse toResponse(Section section) {
        return toResponse(section, DisplayLanguage.DEFAULT);
    }

    public SectionResponse toResponse(Section section, DisplayLanguage display) {
        Section parent = section.getParent();
        SectionTranslation translated = display.pick(translations(section));
        return new SectionResponse(section.getId(), section.getSlug(),
                translated == null ? section.getName() : translated.name(),
                translated == null ? section.getDescription() : translated.description(),
                parent == null ? null : toRef(parent, display), section.getPosition(), path(section));
    }

    public EditorialSection toEditorial(Section section) {
        Section parent = section.getParent();
        return new EditorialSection(section.getId(), section.getSlug(), section.getName(), section.getDescription(),
                parent == null ? null : toRef(parent), section.getPosition(), path(section),
                section.getSeo().toInput(), translations(section));
    }

    private String name(Section section, DisplayLanguage display) {
        SectionTranslation translated = display.pick(translations(section));
        return translated == null ? section.getName() : translated.name();
    }

    /** The stored translations by language ({} when none). */
    public Map<String, SectionTranslation> translations(Section section) {
        if (section.getTranslationsJson() == null) {
            return Map.of();
        }
        try {
            return json.readValue(section.getTranslationsJson(), TRANSLATIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored section translations are not valid JSON", e);
        }
    }

    public String write(Map<String, SectionTranslation> translations) {
        try {
            return translations == null || translations.isEmpty() ? null : json.writeValueAsString(translations);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Section translations could not be serialized", e);
        }
    }

    /** The section page's search and social metadata with the defaults applied. */
    public SeoResponse seo(Section section, SitePaths.Site site) {
        return new SeoResponse(section.getSeo().titleOr(section.getName()),
                section.getSeo().descriptionOr(section.getDescription()),
                media.toDelivered(section.getSeo().getSocialImage()), Robots.read(section.getSeo().getRobots()),
                site.url(path(section)));
    }

    /** Site path of the section page, through its ancestors: /international/asia-pacific. */
    public String path(Section section) {
        StringBuilder path = new StringBuilder();
        for (Section s : chain(section)) {
            path.append('/').append(s.getSlug());
        }
        return path.toString();
    }

    /** The section and those above it, outermost first. */
    private static List<Section> chain(Section section) {
        List<Section> chain = new ArrayList<>();
        int depth = 0;
        // Bounded walk: a corrupt parent cycle must not hang a request.
        for (Section s = section; s != null && depth < 8; s = s.getParent(), depth++) {
            chain.add(0, s);
        }
        return chain;
    }
}
