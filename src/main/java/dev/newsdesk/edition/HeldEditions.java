package dev.newsdesk.edition;

import dev.newsdesk.web.cache.RepresentationCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The editions as last read, held for at most {@link #HOLD} of real time: every list page and negotiated article
 * asks for them, and they change about once a year. Read again sooner after any write through this instance
 * ({@link RepresentationCache#generation}) and once a transaction that wrote the editions row has ended, committed
 * or rolled back. That transaction itself never reads nor fills the memo, so nobody is served what it wrote
 * before it committed. A change through another instance is seen within {@link #HOLD}, the bound its cached
 * copies already have (README "Per-instance cache").
 */
@ApplicationScoped
class HeldEditions {

    static final Duration HOLD = Duration.ofSeconds(1);
    private static final Object WRITING = HeldEditions.class.getName() + ".writing";

    private final TransactionSynchronizationRegistry transactions;
    private final RepresentationCache cache;
    /** Ended transactions that wrote the row; a read taken before one ended is read again. */
    private final AtomicLong ended = new AtomicLong();
    private volatile Held held;

    HeldEditions(TransactionSynchronizationRegistry transactions, RepresentationCache cache) {
        this.transactions = transactions;
        this.cache = cache;
    }

    /** The editions, from the memo while it holds, else from {@code read} (which the memo then keeps). */
    Editions get(Supplier<Editions> read) {
        if (writingHere()) {
            return read.get();
        }
        Stamp stamp = new Stamp(ended.get(), cache.generation());
        long before = System.nanoTime();
        Held known = held;
        if (known != null && known.stamp().equals(stamp) && before - known.readAtNanos() < HOLD.toNanos()) {
            return known.editions();
        }
        Editions editions = read.get();
        held = new Held(editions, stamp, before);
        return editions;
    }

    /** Called before the current transaction changes the editions row. */
    void writing() {
        if (transactions.getResource(WRITING) != null) {
            return;
        }
        transactions.putResource(WRITING, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                ended.incrementAndGet();
            }
        });
    }

    private boolean writingHere() {
        return transactions.getTransactionKey() != null && transactions.getResource(WRITING) != null;
    }

    private record Stamp(long ended, long generation) {
    }

    private record Held(Editions editions, Stamp stamp, long readAtNanos) {
    }
}
