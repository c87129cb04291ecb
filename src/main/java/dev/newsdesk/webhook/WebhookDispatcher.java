package dev.newsdesk.webhook;

import dev.newsdesk.config.WebhooksConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The delivery worker: each round derives new messages from the change log, claims due ones and sends them, several
 * at once. Runs on its own thread when newsdesk.webhooks.worker.enabled is on; tests drive {@link #runRound} with a
 * test clock instead. Every instance may run one: claims are leases, so no two instances send the same attempt.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private final WebhookFanOut fanOut;
    private final WebhookQueue queue;
    private final WebhookTargetGuard guard;
    private final WebhookSender sender;
    private final WebhooksConfig config;
    private final String owner = "worker-" + UUID.randomUUID();
    private final ExecutorService senders;
    private volatile Thread loop;
    private volatile boolean stopping;
    private long lastFailureLog;

    public WebhookDispatcher(WebhookFanOut fanOut, WebhookQueue queue, WebhookTargetGuard guard, WebhookSender sender,
                             WebhooksConfig config) {
        this.fanOut = fanOut;
        this.queue = queue;
        this.guard = guard;
        this.sender = sender;
        this.config = config;
        this.senders = Executors.newFixedThreadPool(Math.max(1, config.worker().concurrency()), runnable -> {
            Thread thread = new Thread(runnable, "webhook-sender");
            thread.setDaemon(true);
            return thread;
        });
    }

    void onStart(@Observes StartupEvent event) {
        if (config.worker().enabled()) {
            loop = new Thread(this::runUntilStopped, "webhook-worker");
            loop.setDaemon(true);
            loop.start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        Thread running = loop;
        if (running != null) {
            running.interrupt();
        }
        senders.shutdownNow();
    }

    /** One round as this instance's worker; returns how many attempts it made. */
    public int runRound() {
        return runRound(owner);
    }

    /** One round under a given worker name: tests play several instances with it. */
    public int runRound(String worker) {
        fanOut.run(config.worker().batchSize());
        List<WebhookAttempt> claimed = queue.claim(worker, config.worker().batchSize());
        List<Future<?>> running = claimed.stream()
                .<Future<?>>map(attempt -> senders.submit(() -> attempt(attempt))).toList();
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.warnf("A webhook attempt could not be recorded: %s", e.getCause().getMessage());
            }
        }
        queue.refreshMetrics();
        return claimed.size();
    }

    private void attempt(WebhookAttempt attempt) {
        WebhookUrl target;
        InetAddress address;
        try {
            target = WebhookUrl.parse(attempt.url());
            address = guard.addressToSend(target);
        } catch (WebhookUrl.Invalid e) {
            queue.recordRefused(attempt, "The URL " + e.getMessage());
            return;
        } catch (WebhookTargetGuard.Refused e) {
            queue.recordRefused(attempt, e.getMessage());
            return;
        }
        long timestamp = System.currentTimeMillis() / 1000;
        Map<String, String> headers = Map.of(
                "webhook-id", attempt.messageId(),
                "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", WebhookSignature.header(attempt.secrets(), attempt.messageId(), timestamp,
                        attempt.payload()));
        queue.record(attempt, sender.send(target, address, headers, attempt.payload()));
    }

    private void runUntilStopped() {
        while (!stopping) {
            int attempts = 0;
            try {
                attempts = runRound();
            } catch (RuntimeException e) {
                logFailure(e);
            }
            if (attempts == 0) {
                try {
                    TimeUnit.MILLISECONDS.sleep(config.worker().pollInterval().toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** A database outage fails every round: one line a minute, not one a second. */
    private void logFailure(RuntimeException e) {
        long now = System.currentTimeMillis();
        if (now - lastFailureLog > 60_000) {
            lastFailureLog = now;
            LOG.warnf("The webhook worker's round failed (it retries every %s): %s",
                    config.worker().pollInterval(), e.getMessage());
        }
    }
}
