package dev.newsdesk.edition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.edition.api.EditionInput;
import dev.newsdesk.edition.api.EditionsResponse;
import dev.newsdesk.edition.api.EditionsUpdateRequest;
import dev.newsdesk.web.cache.EntityTags;
import dev.newsdesk.web.cache.Versioned;
import dev.newsdesk.web.problem.Problem;
import dev.newsdesk.web.problem.ProblemException;
import dev.newsdesk.web.request.ApiTime;
import dev.newsdesk.web.request.RequestParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The editions: configured by admins, read by every delivery request that negotiates a language. */
@ApplicationScoped
public class EditionService {

    private static final TypeReference<List<EditionInput>> EDITIONS = new TypeReference<>() {
    };

    private final EditionSettingsRepository settings;
    private final ObjectMapper json;
    private final ApiTime time;
    private final Event<EditionsChanged> changed;
    private final ServedEdition served;
    private final HeldEditions held;
    private final Clock clock;

    EditionService(EditionSettingsRepository settings, ObjectMapper json, ApiTime time,
                   Event<EditionsChanged> changed, ServedEdition served, HeldEditions held, Clock clock) {
        this.served = served;
        this.held = held;
        this.settings = settings;
        this.json = json;
        this.time = time;
        this.changed = changed;
        this.clock = clock;
    }

    /**
     * The editions as they stand: held in memory for at most a second ({@link HeldEditions}), else one read by
     * primary key, parsed again only when the row changed.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Editions current() {
        return held.get(this::read);
    }

    private Editions read() {
        EditionSettings row = settings.get();
        Parsed last = parsed;
        if (last != null && last.defaultLanguage().equals(row.getDefaultLanguage())
                && last.json().equals(row.getEditionsJson())) {
            return last.editions();
        }
        Editions editions = new Editions(row.getDefaultLanguage(), read(row.getEditionsJson()));
        parsed = new Parsed(row.getDefaultLanguage(), row.getEditionsJson(), editions);
        return editions;
    }

    /** The last row read and what it gave: every list item and article asks for the editions. */
    private record Parsed(String defaultLanguage, String json, Editions editions) {
    }

    private volatile Parsed parsed;

    @Transactional(Transactional.TxType.SUPPORTS)
    public EditionsResponse get() {
        return response(settings.get());
    }

    /** The editions as readers get them: one answer for every edition, which its Content-Language lists. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EditionsResponse deliver() {
        servedToEveryEdition();
        return get();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<EditionsResponse> getEditorial() {
        EditionSettings row = settings.get();
        return new Versioned<>(response(row), row.getVersion());
    }

    /**
     * Replaces the editions; refused with 422 naming the field when a fallback loops or names no edition, the
     * default is no edition, or a language repeats. The site's default language follows the default edition.
     */
    @Transactional
    public Versioned<EditionsResponse> update(EntityTags.ExpectedVersion expected, EditionsUpdateRequest request) {
        List<Problem.FieldError> errors = Editions.problems(request.defaultLanguage(), request.editions()).stream()
                .map(p -> Problem.FieldError.pointer(p[0], p[1])).toList();
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        held.writing();
        EditionSettings row = settings.get();
        expected.check(row.getVersion());
        Instant now = clock.instant();
        row.setDefaultLanguage(Editions.normalize(request.defaultLanguage()));
        row.setEditionsJson(write(request.editions().stream().map(e -> new EditionInput(
                Editions.normalize(e.language()), Editions.normalize(e.fallback()))).toList()));
        row.setUpdatedAt(now);
        EntityTags.flushOrStale(settings::flush);
        EditionsResponse updated = response(row);
        // The site document shows the editions and shares its Last-Modified with this one: the site feature
        // updates its row and stages the change, which the change feed, webhooks and caches follow.
        changed.fire(new EditionsChanged(current(), now));
        return new Versioned<>(updated, row.getVersion());
    }

    /**
     * The display language of a single item in the reader's edition (lang, else Accept-Language, else the
     * default; lang=* shows the default's), noted for the answer's Content-Language and Vary.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DisplayLanguage display(String lang, String acceptLanguage) {
        Editions editions = current();
        LanguageNegotiation.Negotiated negotiated = negotiate(lang, acceptLanguage, editions);
        String language = negotiated.all() ? editions.defaultLanguage() : negotiated.language();
        served.served(language, language, negotiated.headerMatters());
        return DisplayLanguage.of(editions, language);
    }

    /**
     * The edition of a list in the reader's edition (lang, else Accept-Language, else the default), noted for the
     * answer's headers; lang=* names every edition in Content-Language.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LanguageNegotiation.Negotiated negotiateServed(String lang, String acceptLanguage, Editions editions) {
        LanguageNegotiation.Negotiated negotiated = negotiate(lang, acceptLanguage, editions);
        served.served(negotiated, editions);
        return negotiated;
    }

    /**
     * An answer whose text exists in one language only, the default edition's (a media asset's caption and
     * credit): it names that language, and varies with nothing.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void servedInDefault() {
        served.served(current().defaultLanguage(), null, false);
    }

    /** An answer about one article in its own language (its public revisions' correction notes). */
    public void servedIn(String language) {
        served.served(language, null, false);
    }

    /** An answer for readers of every edition alike (the editions themselves): Content-Language lists them all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void servedToEveryEdition() {
        served.served(String.join(", ", current().languages()), null, false);
    }

    /** The edition of a request with no other parameter to check: throws the 400 itself. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LanguageNegotiation.Negotiated negotiate(String lang, String acceptLanguage, Editions editions) {
        RequestParams params = new RequestParams();
        LanguageNegotiation.Negotiated negotiated = LanguageNegotiation.negotiate(params, lang, acceptLanguage,
                editions);
        params.throwIfInvalid();
        return negotiated;
    }

    private EditionsResponse response(EditionSettings row) {
        Editions editions = new Editions(row.getDefaultLanguage(), read(row.getEditionsJson()));
        return new EditionsResponse(row.getDefaultLanguage(), read(row.getEditionsJson()).stream()
                .map(e -> new EditionsResponse.Edition(e.language(), e.fallback(), editions.chain(e.language())))
                .toList(), time.format(row.getUpdatedAt()));
    }

    private List<EditionInput> read(String stored) {
        try {
            return json.readValue(stored, EDITIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored editions are not valid JSON", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Editions could not be serialized", e);
        }
    }
}
