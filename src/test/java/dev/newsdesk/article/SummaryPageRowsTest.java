package dev.newsdesk.article;

import static dev.newsdesk.testing.Api.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.section.Section;
import dev.newsdesk.tag.Tag;
import dev.newsdesk.tag.TagType;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one-statement list page (SummaryPageRows) chooses exactly the rows the repository's page query chooses, page
 * after page, in every sort, and brings back exactly the summaries the separate read of summaries would.
 */
@QuarkusTest
class SummaryPageRowsTest {

    @Inject
    Fixtures fixtures;
    @Inject
    SummaryPageRows rows;
    @Inject
    ArticleRepository repository;
    @Inject
    ArticleDocumentReads reads;
    @Inject
    ArticleDocumentRenderer renderer;
    @Inject
    EntityManager em;

    private Section world;
    private Tag tag;
    private final List<UUID> visible = new ArrayList<>();

    /**
     * A section with a subsection, a tag on some of their articles, and beside the visible ones, one of each that a
     * list must leave out: scheduled, expired, a draft, and articles published in the same instant (ties on the key).
     */
    @BeforeEach
    void newsroom() {
        world = fixtures.section("Rows world");
        Section asia = fixtures.section("Rows asia", world, 1);
        tag = fixtures.tag("Rows tag", TagType.TOPIC);
        Instant base = Instant.now().truncatedTo(ChronoUnit.MICROS).minus(2, ChronoUnit.HOURS);
        Instant tie = base.plusSeconds(600);
        for (int i = 0; i < 7; i++) {
            Instant at = i == 3 || i == 4 ? tie : base.plusSeconds(60L * i);
            Fixtures.ArticleBuilder article = fixtures.article(i % 2 == 0 ? world : asia).headline("Rows " + i)
                    .firstPublishedAt(at).updatedAt(base.plusSeconds(3600 - 90L * i));
            if (i % 3 != 1) {
                article.tags(tag);
            }
            visible.add(article.create().getId());
        }
        storeDocuments();
        fixtures.article(world).headline("Scheduled").firstPublishedAt(null)
                .publishedAt(Instant.now().plus(1, ChronoUnit.HOURS)).tags(tag).create();
        fixtures.article(asia).headline("Expired").firstPublishedAt(base)
                .expiresAt(Instant.now().minusSeconds(30)).tags(tag).create();
        fixtures.article(world).headline("Draft").status(ArticleStatus.DRAFT).firstPublishedAt(null).tags(tag)
                .create();
    }

    /**
     * Documents for all but the last visible article; of those, one summary past its boundary and one of an older
     * format, which no page may use.
     */
    private void storeDocuments() {
        // Queued first, as a write queues them: the renderer renders what is queued.
        for (UUID id : visible.subList(0, visible.size() - 1)) {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                            "insert into article_document_backlog (article_id, requested_at) values (:id, :now)")
                    .setParameter("id", id).setParameter("now", Instant.now()).executeUpdate());
        }
        ManagedContext context = Arc.container().requestContext();
        context.activate();
        try {
            renderer.render(visible.subList(0, visible.size() - 1));
        } finally {
            context.terminate();
        }
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update article_document set summary_valid_until = :past where article_id = :id")
                    .setParameter("past", Instant.now().minusSeconds(5)).setParameter("id", visible.get(1))
                    .executeUpdate();
            em.createNativeQuery("update article_document set format = :old where article_id = :id")
                    .setParameter("old", ArticleDocuments.FORMAT - 1).setParameter("id", visible.get(2))
                    .executeUpdate();
        });
    }

    @Test
    void storedSummariesAreTakenWhereTheyHoldAndOnlyThere() {
        List<SummaryPageRows.Row> page = QuarkusTransaction.requiringNew().call(() -> rows.page(
                ArticleListQuery.builder().section(world.getSlug()).sort(ArticleSort.OLDEST).page(20, null).build(),
                ArticleDocuments.FORMAT, Instant.now()).orElseThrow());
        List<Boolean> withSummary = page.stream().map(row -> row.summary() != null).toList();
        // Oldest first: 0 holds, 1 is past its boundary, 2 is of an older format, 3 to 5 hold, 6 has no document.
        List<UUID> ids = page.stream().map(SummaryPageRows.Row::id).toList();
        assertEquals(visible.size(), ids.size());
        assertEquals(List.of(true, false, false, true, true, true, false),
                visible.stream().map(id -> withSummary.get(ids.indexOf(id))).toList());
    }

    @Test
    void aSectionPageWalksTheSameRowsAsTheRepositoryInEverySort() {
        for (ArticleSort sort : ArticleSort.values()) {
            List<UUID> walked = walk(ArticleListQuery.builder().section(world.getSlug()).sort(sort), 10);
            assertEquals(visible.size(), walked.size(), sort.wireName());
            assertEquals(sortedVisible(sort), walked, sort.wireName());
        }
    }

    @Test
    void aTagPageWalksTheTagTimelineAsTheRepositoryDoes() {
        for (ArticleSort sort : List.of(ArticleSort.NEWEST, ArticleSort.OLDEST)) {
            List<UUID> walked = walk(ArticleListQuery.builder().tags(List.of(tag.getSlug())).sort(sort), 10);
            List<UUID> tagged = sortedVisible(sort).stream()
                    .filter(id -> visible.indexOf(id) % 3 != 1).toList();
            assertEquals(tagged, walked, sort.wireName());
        }
    }

    @Test
    void theWholeListAndAnUnknownSectionMatchTheRepository() {
        // Every test's articles are in it: its first pages are enough to compare.
        assertEquals(10, walk(ArticleListQuery.builder().sort(ArticleSort.NEWEST), 5).size());
        assertEquals(List.of(), walk(ArticleListQuery.builder().section(Fixtures.unique("no-such-section")), 5));
    }

    @Test
    void otherListsAreLeftToTheRepository() {
        assertFalse(SummaryPageRows.reads(ArticleListQuery.builder().author("someone").build()));
        assertFalse(SummaryPageRows.reads(ArticleListQuery.builder().language("en").build()));
        assertFalse(SummaryPageRows.reads(ArticleListQuery.builder()
                .range(DateField.PUBLISHED, Instant.EPOCH, null).build()));
        assertFalse(SummaryPageRows.reads(ArticleListQuery.builder().tags(List.of("a", "b")).build()));
        assertFalse(SummaryPageRows.reads(ArticleListQuery.builder().tags(List.of("a")).section("s").build()));
        assertFalse(SummaryPageRows.reads(ArticleListQuery.builder().tags(List.of("a"))
                .sort(ArticleSort.UPDATED).build()));
        assertTrue(SummaryPageRows.reads(ArticleListQuery.builder().tags(List.of("a")).build()));
        assertTrue(SummaryPageRows.reads(ArticleListQuery.builder().section("s").sort(ArticleSort.UPDATED).build()));
    }

    /** The section's page over HTTP, two at a time: the same articles, in the same order, as the walk above. */
    @Test
    void theSectionPageOverHttpListsTheVisibleArticlesPageByPage() {
        List<String> headlines = new ArrayList<>();
        String next = "/api/v1/articles?section=" + world.getSlug() + "&limit=2";
        while (next != null) {
            io.restassured.response.Response page = api().get(next).then().statusCode(200).extract().response();
            headlines.addAll(page.path("data.headline"));
            next = page.path("links.next");
        }
        assertEquals(sortedVisible(ArticleSort.NEWEST).stream().map(id -> "Rows " + visible.indexOf(id)).toList(),
                headlines);
    }

    /**
     * Walks at most {@code pages} pages of the list two rows at a time, each page compared with the repository's
     * (ids, keys and summaries), and answers the ids walked.
     */
    private List<UUID> walk(ArticleListQuery.Builder builder, int pages) {
        List<UUID> walked = new ArrayList<>();
        ArticleCursor cursor = null;
        Instant now = Instant.now();
        for (int i = 0; i < pages; i++) {
            ArticleListQuery query = builder.page(2, cursor).build();
            List<SummaryPageRows.Row> page = QuarkusTransaction.requiringNew()
                    .call(() -> rows.page(query, ArticleDocuments.FORMAT, now).orElseThrow());
            List<ArticleRepository.PageKey> expected = QuarkusTransaction.requiringNew()
                    .call(() -> repository.findVisiblePageKeys(query, now));
            assertEquals(expected, page.stream().map(r -> new ArticleRepository.PageKey(r.id(), r.key())).toList());
            assertSummaries(page, now);
            page.stream().limit(2).forEach(row -> walked.add(row.id()));
            if (page.size() <= 2) {
                return walked;
            }
            SummaryPageRows.Row last = page.get(1);
            cursor = new ArticleCursor(query.sort(), last.key(), last.id());
        }
        return walked;
    }

    private void assertSummaries(List<SummaryPageRows.Row> page, Instant now) {
        if (page.isEmpty()) {
            return;
        }
        Map<UUID, StoredSummary> expected = QuarkusTransaction.requiringNew().call(() -> reads.summaries(
                page.stream().map(SummaryPageRows.Row::id).toList(), ArticleDocuments.FORMAT, now));
        for (SummaryPageRows.Row row : page) {
            StoredSummary want = expected.get(row.id());
            StoredSummary got = row.summary();
            assertEquals(want == null, got == null, "summary of " + row.id());
            if (want != null) {
                assertTrue(Arrays.equals(want.json(), got.json()), "summary json of " + row.id());
                assertEquals(Arrays.asList(want.keys(), want.passed(), want.validUntil(), want.lastModified()),
                        Arrays.asList(got.keys(), got.passed(), got.validUntil(), got.lastModified()));
            }
        }
    }

    private List<UUID> sortedVisible(ArticleSort sort) {
        List<UUID> sorted = new ArrayList<>(visible);
        Map<UUID, Instant> keys = QuarkusTransaction.requiringNew().call(() -> {
            Map<UUID, Instant> byId = new java.util.HashMap<>();
            for (UUID id : visible) {
                byId.put(id, sort.keyOf(repository.findById(id)));
            }
            return byId;
        });
        // Ties on the key go by id as the databases compare uuids: byte by byte, unsigned.
        Comparator<UUID> order = Comparator.comparing(keys::get);
        order = order.thenComparing(UUID::getMostSignificantBits, Long::compareUnsigned)
                .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);
        sorted.sort(sort.descending() ? order.reversed() : order);
        return sorted;
    }
}
