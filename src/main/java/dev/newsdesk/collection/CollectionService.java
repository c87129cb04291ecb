package dev.newsdesk.collection;

import dev.newsdesk.article.Article;
import dev.newsdesk.article.ArticleIncludes;
import dev.newsdesk.article.ArticleMapper;
import dev.newsdesk.article.ArticleRepository;
import dev.newsdesk.article.ArticleRepresentation;
import dev.newsdesk.article.ArticleStatus;
import dev.newsdesk.article.TranslationGroups;
import dev.newsdesk.article.VisibleArticles;
import dev.newsdesk.change.ChangeRecorder;
import dev.newsdesk.change.Fingerprints;
import dev.newsdesk.change.ItemAttributes;
import dev.newsdesk.change.ItemState;
import dev.newsdesk.change.Reasons;
import dev.newsdesk.collection.api.CollectionCreateRequest;
import dev.newsdesk.collection.api.CollectionItemAddRequest;
import dev.newsdesk.collection.api.CollectionItemsRequest;
import dev.newsdesk.collection.api.CollectionList;
import dev.newsdesk.collection.api.CollectionResponse;
import dev.newsdesk.collection.api.EditorialCollection;
import dev.newsdesk.edition.DisplayLanguage;
import dev.newsdesk.edition.EditionService;
import dev.newsdesk.edition.Editions;
import dev.newsdesk.edition.LanguageNegotiation;
import dev.newsdesk.section.Section;
import dev.newsdesk.section.SectionMapper;
import dev.newsdesk.section.SectionRepository;
import dev.newsdesk.slug.SlugChanges;
import dev.newsdesk.slug.SlugKind;
import dev.newsdesk.web.request.ApiTime;
import dev.newsdesk.web.request.Representation;
import dev.newsdesk.web.request.Shaped;
import dev.newsdesk.web.problem.Problem;
import dev.newsdesk.web.problem.ProblemCode;
import dev.newsdesk.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/** Curated collections: readers get the visible articles in the editors' order; editors create and arrange them. */
@ApplicationScoped
public class CollectionService {

    private final ArticleCollectionRepository collections;
    private final ArticleRepository articles;
    private final SectionRepository sections;
    private final VisibleArticles visible;
    private final ArticleMapper articleMapper;
    private final SectionMapper sectionMapper;
    private final ArticleIncludes includes;
    private final ArticleRepresentation representation;
    private final ApiTime time;
    private final SlugChanges slugChanges;
    private final ChangeRecorder changes;
    private final Clock clock;
    private final EditionService editions;
    private final TranslationGroups translations;

    public CollectionService(ArticleCollectionRepository collections, ArticleRepository articles,
                             SectionRepository sections, VisibleArticles visible, ArticleMapper articleMapper,
                             SectionMapper sectionMapper, ArticleIncludes includes,
                             ArticleRepresentation representation, ApiTime time, SlugChanges slugChanges,
                             ChangeRecorder changes, Clock clock, EditionService editions,
                             TranslationGroups translations) {
        this.editions = editions;
        this.translations = translations;
        this.collections = collections;
        this.articles = articles;
        this.sections = sections;
        this.visible = visible;
        this.articleMapper = articleMapper;
        this.sectionMapper = sectionMapper;
        this.includes = includes;
        this.representation = representation;
        this.time = time;
        this.slugChanges = slugChanges;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * The collection's visible articles in the editors' order, each shaped as asked, in the reader's edition (lang,
     * else Accept-Language, else the default): see {@link TranslationGroups#inEdition}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Shaped<CollectionResponse> getBySlug(String slug, Representation shape, String lang,
                                                String acceptLanguage) {
        Editions current = editions.current();
        LanguageNegotiation.Negotiated negotiated = editions.negotiateServed(lang, acceptLanguage, current);
        CollectionResponse collection = toResponse(find(slug), edition(negotiated), current);
        return representation.withItems(collection, "items", collection.items(),
                includes.forSummaries(collection.items(), shape), shape);
    }

    /** Every article of the collection, with its status and whether readers see it now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EditorialCollection getForEditors(String slug) {
        return toEditorial(find(slug));
    }

    /** All collections, or those of one section, in the reader's edition (lang, else Accept-Language). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CollectionList list(String sectionSlug, String lang, String acceptLanguage) {
        Editions current = editions.current();
        return list(sectionSlug, edition(editions.negotiateServed(lang, acceptLanguage, current)), current);
    }

    /** The collections of a section in an edition (null: every item as it is), as its answer embeds them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CollectionList list(String sectionSlug, String edition) {
        return list(sectionSlug, edition, editions.current());
    }

    private CollectionList list(String sectionSlug, String edition, Editions current) {
        return new CollectionList(collections.listFor(sectionSlug).stream()
                .map(c -> toResponse(c, edition, current)).toList());
    }

    /** The edition items are shown in; lang=* shows each as it is. */
    private static String edition(LanguageNegotiation.Negotiated negotiated) {
        return negotiated.all() ? null : negotiated.language();
    }

    @Transactional
    public EditorialCollection create(CollectionCreateRequest request) {
        if (collections.findBySlug(request.slug()).isPresent()) {
            throw new ProblemException(ProblemCode.CONFLICT, "A collection with slug '" + request.slug()
                    + "' exists already", List.of(Problem.FieldError.pointer("/slug", "already taken")));
        }
        Section section = null;
        if (request.section() != null) {
            section = sections.findBySlug(request.section()).orElseThrow(() -> ProblemException.unprocessable(
                    List.of(Problem.FieldError.pointer("/section", "no section has this slug"))));
        }
        List<UUID> ids = request.articleIds() == null ? List.of() : request.articleIds();
        ArticleCollection collection = new ArticleCollection();
        collection.setId(UUID.randomUUID());
        collection.setSlug(request.slug());
        collection.setName(request.name());
        collection.setDescription(request.description());
        collection.setSection(section);
        collection.setArticles(new ArrayList<>(existingArticles(ids, i -> "/articleIds/" + i)));
        collection.setCreatedAt(clock.instant());
        collection.setUpdatedAt(clock.instant());
        collections.persist(collection);
        stage(collection, Reasons.CREATED);
        return toEditorial(collection);
    }

    /** Reorders, adds and removes in one go: the list sent becomes the collection. */
    @Transactional
    public EditorialCollection replaceItems(String slug, CollectionItemsRequest request) {
        ArticleCollection collection = find(slug);
        collection.setArticles(new ArrayList<>(existingArticles(request.articleIds(), i -> "/articleIds/" + i)));
        return touched(collection);
    }

    @Transactional
    public EditorialCollection addItem(String slug, CollectionItemAddRequest request) {
        ArticleCollection collection = find(slug);
        List<Article> items = collection.getArticles();
        if (items.stream().anyMatch(a -> a.getId().equals(request.articleId()))) {
            throw new ProblemException(ProblemCode.CONFLICT, "The article is in this collection already",
                    List.of(Problem.FieldError.pointer("/articleId", "already in the collection")));
        }
        if (items.size() >= CollectionItemsRequest.MAX_ITEMS) {
            throw ProblemException.unprocessable(List.of(Problem.FieldError.pointer("/articleId",
                    "a collection holds at most " + CollectionItemsRequest.MAX_ITEMS + " articles")));
        }
        Article article = existingArticles(List.of(request.articleId()), i -> "/articleId").get(0);
        int position = request.position() == null ? items.size() : Math.min(request.position(), items.size());
        items.add(position, article);
        return touched(collection);
    }

    @Transactional
    public EditorialCollection removeItem(String slug, UUID articleId) {
        ArticleCollection collection = find(slug);
        if (!collection.getArticles().removeIf(a -> a.getId().equals(articleId))) {
            throw ProblemException.notFound("article in collection '" + slug + "'", articleId.toString());
        }
        return touched(collection);
    }

    @Transactional
    public void delete(String slug) {
        ArticleCollection collection = find(slug);
        // Its page path answers 410 from now on, until a new collection takes the slug.
        slugChanges.deleted(SlugKind.COLLECTION, collection.getId(), slug);
        collections.delete(collection);
        changes.stage(ItemState.deleted("collection", collection.getId().toString()), Reasons.DELETED);
    }

    /** For the change log: what readers see of the collection, as digests, and the section filters match on. */
    private void stage(ArticleCollection collection, String reason) {
        Section section = collection.getSection();
        Map<String, String> fingerprint = new LinkedHashMap<>();
        fingerprint.put("slug", Fingerprints.of(collection.getSlug()));
        fingerprint.put("name", Fingerprints.of(collection.getName()));
        fingerprint.put("description", Fingerprints.of(collection.getDescription()));
        fingerprint.put("section", Fingerprints.of(section == null ? null : section.getId()));
        fingerprint.put("items", Fingerprints.of(collection.getArticles().stream().map(Article::getId).toList()));
        ItemAttributes attributes = section == null ? ItemAttributes.NONE
                : new ItemAttributes(section.getId(), section.getSlug(), null, List.of());
        changes.stage(ItemState.present("collection", collection.getId().toString(), attributes, fingerprint,
                Set.of()), reason);
    }

    private ArticleCollection find(String slug) {
        return collections.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("collection", slug));
    }

    private EditorialCollection touched(ArticleCollection collection) {
        collection.setUpdatedAt(clock.instant());
        collections.flush();
        stage(collection, Reasons.EDITED);
        return toEditorial(collection);
    }

    /** The articles with these ids in this order; unknown, deleted or repeated ids are a 422 naming each. */
    private List<Article> existingArticles(List<UUID> ids, IntFunction<String> pointerAt) {
        Map<UUID, Article> found = ids.isEmpty() ? Map.of() : articles.list("id in ?1 and status <> ?2", ids,
                ArticleStatus.DELETED).stream().collect(Collectors.toMap(Article::getId, Function.identity()));
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String at = pointerAt.apply(i);
            if (!found.containsKey(ids.get(i))) {
                errors.add(Problem.FieldError.pointer(at, "no article has this id"));
            } else if (!seen.add(ids.get(i))) {
                errors.add(Problem.FieldError.pointer(at, "the article is listed twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        return ids.stream().map(found::get).toList();
    }

    private EditorialCollection toEditorial(ArticleCollection c) {
        List<UUID> ids = c.getArticles().stream().map(Article::getId).toList();
        Set<UUID> visibleNow = visible.findByIds(ids, clock.instant()).keySet();
        return new EditorialCollection(c.getId(), c.getSlug(), c.getName(), c.getDescription(),
                c.getSection() == null ? null : sectionMapper.toRef(c.getSection()),
                c.getArticles().stream().map(a -> new EditorialCollection.Item(a.getId(), a.getSlug(), a.getHeadline(),
                        a.getStatus().name().toLowerCase(Locale.ROOT), visibleNow.contains(a.getId()))).toList(),
                time.format(c.getUpdatedAt()));
    }

    private CollectionResponse toResponse(ArticleCollection c, String edition, Editions current) {
        Instant now = clock.instant();
        List<UUID> ids = c.getArticles().stream().map(Article::getId).toList();
        DisplayLanguage display = DisplayLanguage.of(current, edition == null ? current.defaultLanguage() : edition);
        return new CollectionResponse(c.getId(), c.getSlug(), c.getName(), c.getDescription(),
                c.getSection() == null ? null : sectionMapper.toRef(c.getSection(), display),
                translations.inEdition(visible.inOrder(ids, now), edition, current, now).stream()
                        .map(articleMapper::toSummary).toList(),
                time.format(c.getUpdatedAt()));
    }
}
