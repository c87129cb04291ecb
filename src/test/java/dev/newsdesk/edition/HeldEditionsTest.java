package dev.newsdesk.edition;

import static dev.newsdesk.testing.Api.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.newsdesk.testing.EditionFixtures;
import dev.newsdesk.web.cache.RepresentationCache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The editions are held in memory for at most a second (HeldEditions): read again after a write through this
 * instance, never filled by the transaction that writes them (which might roll back), and a change made past this
 * JVM is seen within the second.
 */
@QuarkusTest
class HeldEditionsTest {

    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    RepresentationCache cache;
    @Inject
    EditionFixtures editions;
    @Inject
    EntityManager em;

    private final AtomicInteger reads = new AtomicInteger();

    @AfterEach
    void backToOneEdition() {
        editions.reset();
    }

    /** A memo of its own, so the values read here never reach the application's. */
    private HeldEditions held() {
        return new HeldEditions(transactions, cache);
    }

    private Editions read(String language) {
        reads.incrementAndGet();
        return new Editions(language, List.of());
    }

    @Test
    void aReadIsHeldUntilAWriteThroughThisInstanceCommits() {
        HeldEditions held = held();
        Editions first = held.get(() -> read("en"));
        assertSame(first, held.get(() -> read("ko")));
        assertEquals(1, reads.get());
        cache.invalidateAll(); // what a write through this instance does once it has committed
        assertEquals("ko", held.get(() -> read("ko")).defaultLanguage());
        assertEquals(2, reads.get());
    }

    @Test
    void theTransactionThatWritesNeitherReadsNorFillsTheMemoAndItsRollbackIsForgotten() {
        HeldEditions held = held();
        held.get(() -> read("en"));
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            held.writing();
            assertEquals("ko", held.get(() -> read("ko")).defaultLanguage());
            assertEquals("ko", held.get(() -> read("ko")).defaultLanguage());
            throw new IllegalStateException("the write fails: its transaction rolls back");
        }));
        assertEquals(3, reads.get());
        // Read again after the rollback: what the transaction saw is not what the memo keeps.
        assertEquals("en", held.get(() -> read("en")).defaultLanguage());
        assertEquals(4, reads.get());
        assertEquals("en", held.get(() -> read("vi")).defaultLanguage());
        assertEquals(4, reads.get());
    }

    @Test
    void aReadTakenWhileAnotherTransactionWritesIsReadAgainOnceThatOneHasEnded() {
        HeldEditions held = held();
        QuarkusTransaction.requiringNew().run(() -> {
            held.writing();
            // Another request, outside this transaction, reads the row as committed so far.
            QuarkusTransaction.suspendingExisting().run(() -> held.get(() -> read("en")));
        });
        assertEquals("ko", held.get(() -> read("ko")).defaultLanguage());
        assertEquals(2, reads.get());
    }

    @Test
    void editionsChangedPastThisInstanceReachTheListsWithinTheSecond() throws InterruptedException {
        api().queryParam("lang", "ko").get("/api/v1/articles").then().statusCode(400);
        // As another instance writes it: in SQL, past this JVM's Hibernate and its cache generation.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update edition_settings set editions = "
                + "'[{\"language\":\"en\",\"fallback\":null},{\"language\":\"ko\",\"fallback\":\"en\"}]', "
                + "version = version + 1").executeUpdate());
        Instant deadline = Instant.now().plus(HeldEditions.HOLD).plusSeconds(2);
        int status = api().queryParam("lang", "ko").get("/api/v1/articles").statusCode();
        while (status != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            status = api().queryParam("lang", "ko").get("/api/v1/articles").statusCode();
        }
        assertEquals(200, status);
    }
}
