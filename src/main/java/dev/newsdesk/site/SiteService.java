package dev.newsdesk.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.change.ChangeRecorder;
import dev.newsdesk.change.Fingerprints;
import dev.newsdesk.change.ItemAttributes;
import dev.newsdesk.change.ItemState;
import dev.newsdesk.change.Reasons;
import dev.newsdesk.edition.DisplayLanguage;
import dev.newsdesk.edition.EditionService;
import dev.newsdesk.edition.Editions;
import dev.newsdesk.edition.EditionsChanged;
import dev.newsdesk.edition.LanguageNegotiation;
import dev.newsdesk.edition.Localized;
import dev.newsdesk.edition.ServedEdition;
import dev.newsdesk.section.Section;
import dev.newsdesk.section.SectionMapper;
import dev.newsdesk.section.SectionRepository;
import dev.newsdesk.site.api.EditorialSiteResponse;
import dev.newsdesk.site.api.MenuItem;
import dev.newsdesk.site.api.MenuItemInput;
import dev.newsdesk.site.api.Notice;
import dev.newsdesk.site.api.PublisherLogo;
import dev.newsdesk.site.api.SiteResponse;
import dev.newsdesk.site.api.SiteTranslation;
import dev.newsdesk.site.api.SiteUpdateRequest;
import dev.newsdesk.web.cache.EntityTags;
import dev.newsdesk.web.cache.Versioned;
import dev.newsdesk.web.request.ApiTime;
import dev.newsdesk.web.problem.Problem;
import dev.newsdesk.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Site settings: read by every front end on every page, replaced as a whole by admins. */
@ApplicationScoped
public class SiteService {

    static final int MAX_MENU_DEPTH = 3;
    private static final TypeReference<List<MenuItemInput>> MENU = new TypeReference<>() {
    };
    private static final TypeReference<List<Notice>> NOTICES = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, SiteTranslation>> TRANSLATIONS = new TypeReference<>() {
    };

    private final SiteSettingsRepository settings;
    private final SectionRepository sections;
    private final SectionMapper sectionMapper;
    private final ApiTime time;
    private final ObjectMapper json;
    private final ChangeRecorder changes;
    private final EditionService editions;
    private final ServedEdition served;
    private final Event<SiteChanged> siteChanged;
    private final Clock clock;

    public SiteService(SiteSettingsRepository settings, SectionRepository sections, SectionMapper sectionMapper,
                       ApiTime time, ObjectMapper json, ChangeRecorder changes, EditionService editions,
                       ServedEdition served, Clock clock, Event<SiteChanged> siteChanged) {
        this.editions = editions;
        this.served = served;
        this.siteChanged = siteChanged;
        this.settings = settings;
        this.sections = sections;
        this.sectionMapper = sectionMapper;
        this.time = time;
        this.json = json;
        this.changes = changes;
        this.clock = clock;
    }

    /** The site in the default edition. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SiteResponse get() {
        Editions current = editions.current();
        return get(DisplayLanguage.of(current, current.defaultLanguage()), current);
    }

    /** The site in the reader's edition (lang, else Accept-Language, else the default), noted for its headers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SiteResponse get(String lang, String acceptLanguage) {
        Editions current = editions.current();
        LanguageNegotiation.Negotiated negotiated = editions.negotiate(lang, acceptLanguage, current);
        String language = negotiated.all() ? current.defaultLanguage() : negotiated.language();
        served.served(language, language, negotiated.headerMatters());
        return get(DisplayLanguage.of(current, language), current);
    }

    /**
     * Every display field in the first language of the chain that has it; the stored fields themselves are the
     * default edition's.
     */
    private SiteResponse get(DisplayLanguage display, Editions current) {
        SiteSettings site = settings.get();
        Map<String, Section> bySlug = sections.listAllWithParents().stream()
                .collect(Collectors.toMap(Section::getSlug, Function.identity()));
        List<MenuItem> menu = resolve(read(site.getNavigationJson(), MENU), bySlug, display);
        SiteResponse.TimeZoneInfo zone = new SiteResponse.TimeZoneInfo(time.zone().getId(),
                time.zone().getRules().getOffset(clock.instant()).getId().replace("Z", "+00:00"));
        SiteTranslation name = display.pick(translations(site));
        List<Notice> notices = read(site.getNoticesJson(), NOTICES).stream()
                .map(n -> n.in(display.pick(Localized.normalized(n.translationsOrEmpty())))).toList();
        return new SiteResponse(name == null ? site.getName() : name.name(), site.getBaseUrl(),
                site.getDefaultLanguage(), zone, menu, notices, logo(site), time.format(site.getUpdatedAt()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<EditorialSiteResponse> getEditorial() {
        SiteSettings site = settings.get();
        return new Versioned<>(new EditorialSiteResponse(site.getName(), site.getBaseUrl(), site.getDefaultLanguage(),
                read(site.getNavigationJson(), MENU), read(site.getNoticesJson(), NOTICES), logo(site),
                translations(site), time.format(site.getUpdatedAt())), site.getVersion());
    }

    /**
     * The editions changed (in their transaction): the site's default language follows the default edition, and
     * the site document readers get is staged for the change log.
     */
    void editionsChanged(@Observes EditionsChanged changed) {
        SiteSettings site = settings.get();
        site.setDefaultLanguage(changed.editions().defaultLanguage());
        site.setUpdatedAt(changed.at());
        settings.flush();
        stage(site);
    }

    private void stage(SiteSettings site) {
        Map<String, String> fingerprint = new LinkedHashMap<>(Fingerprints.ofRecord(get()));
        fingerprint.put("translations", Fingerprints.of(site.getNavigationJson() + site.getNoticesJson()
                + site.getTranslationsJson() + editions.current().languages()));
        changes.stage(ItemState.present("site", "site", ItemAttributes.NONE, fingerprint, Set.of()), Reasons.EDITED);
    }

    /** The site's name in a display language: feeds title themselves with it. */
    public String name(SiteSettings site, DisplayLanguage display) {
        SiteTranslation translated = display.pick(translations(site));
        return translated == null ? site.getName() : translated.name();
    }

    private Map<String, SiteTranslation> translations(SiteSettings site) {
        if (site.getTranslationsJson() == null) {
            return Map.of();
        }
        try {
            return json.readValue(site.getTranslationsJson(), TRANSLATIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored site translations are not valid JSON", e);
        }
    }

    private static PublisherLogo logo(SiteSettings site) {
        return site.getPublisherLogoUrl() == null ? null : new PublisherLogo(site.getPublisherLogoUrl(),
                site.getPublisherLogoWidth(), site.getPublisherLogoHeight());
    }

    /**
     * Replaces every setting of the version the admin read; a menu entry naming a missing section, or an ambiguous
     * entry, changes nothing.
     */
    @Transactional
    public Versioned<SiteResponse> update(EntityTags.ExpectedVersion expected, SiteUpdateRequest request) {
        Set<String> known = sections.listAllWithParents().stream().map(Section::getSlug).collect(Collectors.toSet());
        Editions current = editions.current();
        List<Problem.FieldError> errors = new ArrayList<>();
        checkMenu(request.navigation(), "/navigation", 1, known, errors, current);
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < request.notices().size(); i++) {
            if (!keys.add(request.notices().get(i).key())) {
                errors.add(Problem.FieldError.pointer("/notices/" + i + "/key", "another notice has this key"));
            }
            Localized.checkLanguages(request.notices().get(i).translationsOrEmpty().keySet(),
                    "/notices/" + i + "/translations", current, errors);
        }
        Map<String, SiteTranslation> names = request.translations() == null ? Map.of() : request.translations();
        Localized.checkLanguages(names.keySet(), "/translations", current, errors);
        PublisherLogo logo = request.publisherLogo();
        if (logo != null && !logo.fillsTheBox()) {
            errors.add(Problem.FieldError.pointer("/publisherLogo", "must be exactly " + PublisherLogo.MAX_HEIGHT
                    + " px high or exactly " + PublisherLogo.MAX_WIDTH + " px wide (Google's 600x60 logo box)"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        SiteSettings site = settings.get();
        expected.check(site.getVersion());
        site.setName(request.name());
        String baseUrl = request.baseUrl().replaceAll("/+$", "");
        boolean moved = !baseUrl.equals(site.getBaseUrl());
        site.setBaseUrl(baseUrl);
        site.setDefaultLanguage(request.defaultLanguage());
        site.setNavigationJson(write(request.navigation()));
        site.setNoticesJson(write(request.notices()));
        site.setTranslationsJson(names.isEmpty() ? null : write(Localized.normalized(names)));
        site.setPublisherLogo(logo == null ? null : logo.url(), logo == null ? null : logo.width(),
                logo == null ? null : logo.height());
        site.setUpdatedAt(clock.instant());
        EntityTags.flushOrStale(settings::flush);
        if (moved) {
            siteChanged.fire(new SiteChanged(baseUrl));
        }
        stage(site);
        return new Versioned<>(get(), site.getVersion());
    }

    private void checkMenu(List<MenuItemInput> items, String path, int depth, Set<String> knownSections,
                           List<Problem.FieldError> errors, Editions current) {
        for (int i = 0; i < items.size(); i++) {
            MenuItemInput item = items.get(i);
            String at = path + "/" + i;
            Localized.checkLanguages(item.labelsOrEmpty().keySet(), at + "/labels", current, errors);
            if ((item.section() == null) == (item.url() == null)) {
                errors.add(Problem.FieldError.pointer(at, "give exactly one of section and url"));
            } else if (item.section() != null && !knownSections.contains(item.section())) {
                errors.add(Problem.FieldError.pointer(at + "/section", "no section has this slug"));
            }
            if (!item.childrenOrEmpty().isEmpty()) {
                if (depth >= MAX_MENU_DEPTH) {
                    errors.add(Problem.FieldError.pointer(at + "/children",
                            "menus nest at most " + MAX_MENU_DEPTH + " levels deep"));
                } else {
                    checkMenu(item.children(), at + "/children", depth + 1, knownSections, errors, current);
                }
            }
        }
    }

    /** Stored entries as rendered entries; an entry whose section was removed since is left out, with its children. */
    private List<MenuItem> resolve(List<MenuItemInput> items, Map<String, Section> sectionsBySlug,
                                   DisplayLanguage display) {
        return items.stream().map(item -> {
            List<MenuItem> children = resolve(item.childrenOrEmpty(), sectionsBySlug, display);
            String label = display.pick(Localized.normalized(item.labelsOrEmpty()));
            String shown = label == null ? item.label() : label;
            if (item.section() == null) {
                return new MenuItem(shown, "url", null, item.url(), children);
            }
            Section section = sectionsBySlug.get(item.section());
            return section == null ? null : new MenuItem(shown, "section", sectionMapper.toRef(section, display),
                    sectionMapper.path(section), children);
        }).filter(Objects::nonNull).toList();
    }

    private <T> List<T> read(String stored, TypeReference<List<T>> type) {
        try {
            return json.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored site settings are not valid JSON", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Site settings could not be serialized", e);
        }
    }
}
