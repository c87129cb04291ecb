package dev.newsdesk.changefeed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.changefeed.api.ChangeItem;
import dev.newsdesk.config.ChangeFeedConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Open change streams of this instance: each polls the change log on a small shared scheduler (never on an HTTP
 * thread), sends what its filters let through with {@code id:} set to the token after that item, and a comment line
 * every heartbeat. Bounded: past {@code newsdesk.changes.stream.max-concurrent} open streams a new one is 503.
 */
@ApplicationScoped
public class ChangeStreams {

    private static final Logger LOG = Logger.getLogger(ChangeStreams.class);
    private static final int BATCH = 100;

    /** Too many open streams on this instance. */
    public static final class Exhausted extends RuntimeException {
        Exhausted() {
            super(null, null, false, false);
        }
    }

    private final ChangeFeedService feed;
    private final ChangeFeedConfig config;
    private final ObjectMapper json;
    private final Semaphore permits;
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, r -> {
        Thread thread = new Thread(r, "change-streams");
        thread.setDaemon(true);
        return thread;
    });

    public ChangeStreams(ChangeFeedService feed, ChangeFeedConfig config, ObjectMapper json, MeterRegistry meters) {
        this.feed = feed;
        this.config = config;
        this.json = json;
        this.permits = new Semaphore(config.stream().maxConcurrent());
        meters.gauge("newsdesk.changes.streams.open", List.of(), permits,
                p -> config.stream().maxConcurrent() - p.availablePermits());
    }

    /** Takes a slot or throws {@link Exhausted}; the caller then {@link #open}s the stream, which frees it at the end. */
    public void reserve() {
        if (!permits.tryAcquire()) {
            throw new Exhausted();
        }
    }

    public void release() {
        permits.release();
    }

    /** Streams changes after {@code seq} until the client goes away; a reserved slot is released at the end. */
    public void open(SseEventSink sink, Sse sse, long seq, FeedFilter filter) {
        new Stream(sink, sse, seq, filter).start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        scheduler.shutdownNow();
    }

    private final class Stream {
        private final SseEventSink sink;
        private final Sse sse;
        private final FeedFilter filter;
        private final AtomicBoolean closed = new AtomicBoolean();
        private volatile long seq;
        private volatile long lastSent = System.nanoTime();
        private ScheduledFuture<?> task;

        Stream(SseEventSink sink, Sse sse, long seq, FeedFilter filter) {
            this.sink = sink;
            this.sse = sse;
            this.seq = seq;
            this.filter = filter;
        }

        void start() {
            // A first comment sends the headers at once: the client knows it is connected before any change.
            send(sse.newEventBuilder().comment("connected").build());
            task = scheduler.scheduleWithFixedDelay(this::poll, 0, config.stream().pollInterval().toMillis(),
                    TimeUnit.MILLISECONDS);
        }

        private void poll() {
            if (sink.isClosed()) {
                close();
                return;
            }
            try {
                ChangeFeedService.Delta delta = QuarkusTransaction.requiringNew()
                        .call(() -> feed.changesAfter(seq, filter, BATCH));
                for (ChangeItem item : delta.items()) {
                    send(sse.newEventBuilder().name("change").id(feed.tokenAt(item.seq(), filter))
                            .data(write(item)).build());
                }
                seq = delta.through();
                if (System.nanoTime() - lastSent > config.stream().heartbeat().toNanos()) {
                    send(sse.newEventBuilder().comment("heartbeat").build());
                }
            } catch (RuntimeException e) {
                // A database outage ends the stream; the client resumes with Last-Event-ID.
                LOG.debugf(e, "Change stream closed after a failure");
                close();
            }
        }

        private void send(jakarta.ws.rs.sse.OutboundSseEvent event) {
            if (closed.get()) {
                return;
            }
            lastSent = System.nanoTime();
            sink.send(event).whenComplete((ignored, failure) -> {
                if (failure != null) {
                    close();
                }
            });
        }

        private void close() {
            if (closed.compareAndSet(false, true)) {
                if (task != null) {
                    task.cancel(false);
                }
                try {
                    sink.close();
                } finally {
                    release();
                }
            }
        }

        private String write(ChangeItem item) {
            try {
                return json.writeValueAsString(item);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write a change item", e);
            }
        }
    }

    /** Sends one event telling the client to start over (its position is older than retention), then closes. */
    public void startOver(SseEventSink sink, Sse sse, String detail) {
        try {
            sink.send(sse.newEventBuilder().name("reset").data(write(Map.of("code", "GONE", "detail", detail))).build())
                    .whenComplete((ignored, failure) -> sink.close());
        } finally {
            release();
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
