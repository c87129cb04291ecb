package dev.newsdesk.article;

import static dev.newsdesk.testing.Api.api;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.section.Section;
import dev.newsdesk.section.SectionRepository;
import dev.newsdesk.testing.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A section page lists the section and its direct subsections, resolved to ids and remembered briefly
 * (SectionFilters): a section moved, renamed or created is listed at once when the write went through this JVM, and
 * within the documented second when it did not.
 */
@QuarkusTest
class SectionFiltersTest {

    @Inject
    Fixtures fixtures;
    @Inject
    SectionRepository sections;
    @Inject
    EntityManager em;

    @Test
    void aSubsectionMovedUnderASectionIsListedOnItsPageAtOnceAndNoLongerOnceItMovesAway() {
        Section world = fixtures.section("World");
        Section asia = fixtures.section("Asia", world, 1);
        Section europe = fixtures.section("Europe");
        fixtures.article(world).headline("World story").firstPublishedAt(Instant.now().minusSeconds(300)).create();
        fixtures.article(asia).headline("Asia story").firstPublishedAt(Instant.now().minusSeconds(200)).create();
        fixtures.article(europe).headline("Europe story").firstPublishedAt(Instant.now().minusSeconds(100)).create();
        assertEquals(List.of("Asia story", "World story"), headlines(world.getSlug()));

        moveUnder(europe, world);
        assertEquals(List.of("Europe story", "Asia story", "World story"), headlines(world.getSlug()));
        assertEquals(List.of("Europe story"), headlines(europe.getSlug()));

        moveUnder(asia, null);
        assertEquals(List.of("Europe story", "World story"), headlines(world.getSlug()));
        assertEquals(List.of("Asia story"), headlines(asia.getSlug()));
    }

    @Test
    void aSlugAskedForBeforeAnySectionHadItListsTheSectionThatTakesIt() {
        String slug = Fixtures.unique("section-to-be");
        assertEquals(List.of(), headlines(slug));
        Section section = fixtures.section("Renamed desk");
        fixtures.article(section).headline("Renamed story").firstPublishedAt(Instant.now().minusSeconds(60)).create();
        QuarkusTransaction.requiringNew().run(() -> sections.findById(section.getId()).setSlug(slug));
        assertEquals(List.of("Renamed story"), headlines(slug));
        assertEquals(List.of(), headlines(section.getSlug()));
    }

    @Test
    void aMoveThisInstanceDidNotWriteReachesTheListWithinTheSecondItIsHeld() throws InterruptedException {
        Section parent = fixtures.section("Parent desk");
        Section child = fixtures.section("Child desk");
        fixtures.article(child).headline("Moved story").firstPublishedAt(Instant.now().minusSeconds(60)).create();
        assertEquals(List.of(), headlines(parent.getSlug()));
        // As another instance writes it: in SQL, past this JVM's Hibernate and its cache generation.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update section set parent_id = :parent where id = :child")
                .setParameter("parent", parent.getId()).setParameter("child", child.getId()).executeUpdate());
        Instant deadline = Instant.now().plus(HeldForASecond.HOLD).plusSeconds(2);
        List<String> listed = headlines(parent.getSlug());
        while (listed.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            listed = headlines(parent.getSlug());
        }
        assertEquals(List.of("Moved story"), listed);
    }

    private void moveUnder(Section section, Section parent) {
        QuarkusTransaction.requiringNew().run(() -> sections.findById(section.getId())
                .setParent(parent == null ? null : sections.findById(parent.getId())));
    }

    private static List<String> headlines(String slug) {
        return api().queryParam("section", slug).get("/api/v1/articles").then().statusCode(200).extract()
                .path("data.headline");
    }
}
