package dev.newsdesk.changefeed;

import dev.newsdesk.article.ArticleChanges;
import dev.newsdesk.article.VisibleArticles;
import dev.newsdesk.author.AuthorRepository;
import dev.newsdesk.change.ChangeKind;
import dev.newsdesk.change.ChangeLog;
import dev.newsdesk.change.ChangeRecord;
import dev.newsdesk.change.ItemAttributes;
import dev.newsdesk.change.ItemState;
import dev.newsdesk.change.Reasons;
import dev.newsdesk.changefeed.api.ChangeItem;
import dev.newsdesk.changefeed.api.ChangePage;
import dev.newsdesk.collection.ArticleCollection;
import dev.newsdesk.collection.ArticleCollectionRepository;
import dev.newsdesk.edition.EditionService;
import dev.newsdesk.edition.Editions;
import dev.newsdesk.edition.LanguageNegotiation;
import dev.newsdesk.edition.ServedEdition;
import dev.newsdesk.media.MediaAssetRepository;
import dev.newsdesk.reference.ReferenceEntity;
import dev.newsdesk.section.Section;
import dev.newsdesk.section.SectionRepository;
import dev.newsdesk.tag.TagRepository;
import dev.newsdesk.web.problem.Problem;
import dev.newsdesk.web.problem.ProblemCode;
import dev.newsdesk.web.problem.ProblemException;
import dev.newsdesk.web.request.ApiTime;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The change feed: an initial sync (everything visible, type by type, by id) that ends with a token taken before it
 * began, then the change log after a token, through the reader's filters. A filtered reader still gets a tombstone
 * when an item leaves its filters (out_of_scope) or is deleted, because each change keeps the attributes the item
 * had before.
 */
@ApplicationScoped
public class ChangeFeedService {

    /** The initial sync's order: what articles refer to first. */
    static final List<String> TYPES = List.of("site", "section", "author", "tag", "media", "collection", "article");
    static final String UNSUPPORTED = "must be one of the editions %s (without lang: every language)";
    /** Rows one request reads at most, matching or not: a narrow filter over a long log still answers quickly. */
    private static final int SCAN_LIMIT = 5000;

    /** A page and whether it can never change (it ends before the head of the log). */
    public record Result(ChangePage page, boolean immutable) {
    }

    /** Changes read from a position: the items, where the reading stopped, and whether that is the head. */
    public record Delta(List<ChangeItem> items, long through, boolean atHead) {
    }

    private final ChangeLog log;
    private final FeedToken tokens;
    private final VisibleArticles visibleArticles;
    private final ArticleChanges articleChanges;
    private final SectionRepository sections;
    private final AuthorRepository authors;
    private final TagRepository tags;
    private final MediaAssetRepository media;
    private final ArticleCollectionRepository collections;
    private final ApiTime time;
    private final Clock clock;
    private final EditionService editions;
    private final ServedEdition served;

    ChangeFeedService(ChangeLog log, FeedToken tokens, VisibleArticles visibleArticles, ArticleChanges articleChanges,
                      SectionRepository sections, AuthorRepository authors, TagRepository tags,
                      MediaAssetRepository media, ArticleCollectionRepository collections, ApiTime time, Clock clock,
                      EditionService editions, ServedEdition served) {
        this.editions = editions;
        this.served = served;
        this.log = log;
        this.tokens = tokens;
        this.visibleArticles = visibleArticles;
        this.articleChanges = articleChanges;
        this.sections = sections;
        this.authors = authors;
        this.tags = tags;
        this.media = media;
        this.collections = collections;
        this.time = time;
        this.clock = clock;
    }

    /**
     * The filters, slugs resolved; an unknown section or tag is a 400 naming the parameter, and so is a lang that
     * is no edition. With lang, the answer's Content-Language is that edition; a feed of every language has none.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FeedFilter filter(String type, String sectionSlug, String tagSlug, String language, String lang) {
        Editions current = lang == null ? null : editions.current();
        String edition = lang == null ? null : LanguageNegotiation.explicit(lang, current);
        if (lang != null && (edition == null || edition.equals(Editions.ALL))) {
            throw ProblemException.badParameter("lang", UNSUPPORTED.formatted(String.join(", ", current.languages())));
        }
        UUID section = sectionSlug == null ? null : sections.findBySlug(sectionSlug).map(Section::getId)
                .orElseThrow(() -> ProblemException.badParameter("section", "no section has this slug"));
        UUID tag = tagSlug == null ? null : tags.findBySlug(tagSlug).map(ReferenceEntity::getId)
                .orElseThrow(() -> ProblemException.badParameter("tag", "no tag has this slug"));
        if (edition != null) {
            served.served(edition, edition, false);
        }
        return new FeedFilter(type, section, tag, language, edition, current);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Result page(String token, FeedFilter filter, int limit) {
        FeedToken.Position position = token == null
                ? new FeedToken.Position(true, log.head(), 0, "", filter.digest())
                : position(token, "token", filter);
        if (position.snapshot()) {
            return new Result(snapshot(position, filter, limit), false);
        }
        Delta delta = changesAfter(position.seq(), filter, limit);
        String next = tokens.encode(FeedToken.Position.delta(delta.through(), filter.digest()));
        return new Result(new ChangePage("changes", delta.items(), next, !delta.atHead()), !delta.atHead());
    }

    /** The seq a stream resumes after: a delta token's, or the head for a new stream. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long streamStart(String token, String parameter, FeedFilter filter) {
        if (token == null) {
            return log.head();
        }
        FeedToken.Position position = position(token, parameter, filter);
        if (position.snapshot()) {
            throw ProblemException.badParameter(parameter, "an initial-sync token; finish the sync first");
        }
        return position.seq();
    }

    public String tokenAt(long seq, FeedFilter filter) {
        return tokens.encode(FeedToken.Position.delta(seq, filter.digest()));
    }

    /** A decoded token, checked against the filters it was issued for and the retention window (410). */
    private FeedToken.Position position(String token, String parameter, FeedFilter filter) {
        FeedToken.Position position = tokens.decode(token, parameter);
        if (!position.filters().equals(filter.digest())) {
            throw ProblemException.badParameter(parameter, "issued for other filters; send the same type, section, "
                    + "tag, language and lang as the request that returned it");
        }
        requireRetained(position.seq());
        return position;
    }

    /** 410 when changes after {@code seq} were removed by retention (or the log was reset). */
    void requireRetained(long seq) {
        if (seq < log.purgedThrough() || seq > log.head()) {
            throw new ProblemException(ProblemCode.GONE, "Changes after this token are no longer kept; start "
                    + "again with an initial sync (GET /api/v1/changes without a token)");
        }
    }

    /** Reads the log after {@code seq} through the filters, up to {@code limit} items, never past the head read first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Delta changesAfter(long seq, FeedFilter filter, int limit) {
        long head = log.head();
        List<ChangeItem> items = new ArrayList<>();
        long cursor = seq;
        int scanned = 0;
        scan:
        while (cursor < head && scanned < SCAN_LIMIT) {
            List<ChangeRecord> batch = log.after(cursor, Math.min(500, SCAN_LIMIT - scanned));
            if (batch.isEmpty()) {
                break;
            }
            for (ChangeRecord record : batch) {
                if (record.seq() > head) {
                    break scan;
                }
                cursor = record.seq();
                scanned++;
                ChangeItem item = item(record, filter);
                if (item != null) {
                    items.add(item);
                    if (items.size() == limit) {
                        break scan;
                    }
                }
            }
        }
        return new Delta(items, cursor, cursor >= head);
    }

    private ChangeItem item(ChangeRecord record, FeedFilter filter) {
        if (record.kind() == ChangeKind.UPSERT) {
            if (filter.matches(record.itemType(), record.after())) {
                return changeItem(record, "upsert", record.reason(), record.changed(), record.after());
            }
            if (record.before() != null && filter.matches(record.itemType(), record.before())) {
                return changeItem(record, "tombstone", Reasons.OUT_OF_SCOPE, List.of(), record.before());
            }
            return null;
        }
        return filter.matches(record.itemType(), record.before())
                ? changeItem(record, "tombstone", record.reason(), List.of(), record.before()) : null;
    }

    private ChangeItem changeItem(ChangeRecord r, String op, String reason, List<String> changed,
                                  ItemAttributes attributes) {
        return new ChangeItem(r.itemType(), r.itemId(), r.seq(), op, reason, changed, r.surrogateKeys(),
                attributes(attributes), time.format(r.occurredAt()));
    }

    private static ChangeItem.Attributes attributes(ItemAttributes a) {
        ItemAttributes known = a == null ? ItemAttributes.NONE : a;
        return new ChangeItem.Attributes(known.section(), known.sectionSlug(), known.language(), known.tags());
    }

    /** One page of the initial sync, type by type; its last page hands over to the log at the sync's start. */
    private ChangePage snapshot(FeedToken.Position position, FeedFilter filter, int limit) {
        Instant now = clock.instant();
        List<ChangeItem> items = new ArrayList<>();
        int typeIndex = position.typeIndex();
        String after = position.afterId();
        while (typeIndex < TYPES.size()) {
            String type = TYPES.get(typeIndex);
            int requested = limit - items.size() + 1;
            List<ItemState> page = filter.type() == null || filter.type().equals(type)
                    ? states(type, after.isEmpty() ? null : UUID.fromString(after), requested, filter, now)
                    : List.of();
            for (ItemState state : page) {
                if (items.size() == limit) {
                    String next = tokens.encode(new FeedToken.Position(true, position.seq(), typeIndex, after,
                            filter.digest()));
                    return new ChangePage("snapshot", items, next, true);
                }
                if (filter.matches(type, state.attributes())) {
                    items.add(new ChangeItem(type, state.id(), null, "upsert", "snapshot", List.of(),
                            List.copyOf(state.surrogateKeys()), attributes(state.attributes()), null));
                }
                after = type.equals("site") ? "" : state.id();
            }
            if (page.size() < requested || type.equals("site")) {
                typeIndex++;
                after = "";
            }
        }
        String next = tokens.encode(FeedToken.Position.delta(position.seq(), filter.digest()));
        return new ChangePage("snapshot", items, next, true);
    }

    /** Visible items of one type after an id, in id order, as the change log would describe them. */
    private List<ItemState> states(String type, UUID after, int limit, FeedFilter filter, Instant now) {
        return switch (type) {
            case "site" -> after == null ? List.of(ItemState.present("site", "site", ItemAttributes.NONE,
                    java.util.Map.of(), java.util.Set.of())) : List.of();
            case "article" -> visibleArticles.pageById(after, limit, now, filter.section(), filter.tag(),
                    filter.language()).stream().map(a -> articleChanges.state(a, now)).toList();
            case "section" -> references(sections, after, limit).stream().map(s -> reference(type, s.getId(),
                    new ItemAttributes(s.getId(), s.getSlug(), null, List.of()))).toList();
            case "tag" -> references(tags, after, limit).stream().map(t -> reference(type, t.getId(),
                    new ItemAttributes(null, null, null, List.of(t.getId())))).toList();
            case "author" -> references(authors, after, limit).stream()
                    .map(x -> reference(type, x.getId(), ItemAttributes.NONE)).toList();
            case "media" -> references(media, after, limit).stream()
                    .map(x -> reference(type, x.getId(), ItemAttributes.NONE)).toList();
            case "collection" -> references(collections, after, limit).stream()
                    .map(c -> reference(type, c.getId(), collectionAttributes(c))).toList();
            default -> throw new IllegalArgumentException(type);
        };
    }

    private static ItemAttributes collectionAttributes(ArticleCollection c) {
        Section s = c.getSection();
        return s == null ? ItemAttributes.NONE : new ItemAttributes(s.getId(), s.getSlug(), null, List.of());
    }

    private static ItemState reference(String type, UUID id, ItemAttributes attributes) {
        return ItemState.present(type, id.toString(), attributes, java.util.Map.of(), java.util.Set.of());
    }

    private static <E> List<E> references(PanacheRepositoryBase<E, UUID> repository, UUID after, int limit) {
        return (after == null ? repository.find("order by id")
                : repository.find("id > :after order by id", Parameters.with("after", after)))
                .page(0, limit).list();
    }

}
