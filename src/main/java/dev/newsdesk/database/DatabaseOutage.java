package dev.newsdesk.database;

import dev.newsdesk.config.DatabaseOutageConfig;
import dev.newsdesk.web.problem.ProblemCode;
import dev.newsdesk.web.problem.ProblemResponses;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.Response;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * What a request that meets an unavailable database gets: a 503 problem with Retry-After, one log line per kind of
 * failure and interval (not a stack trace per request), and a pool without the idle connections the outage broke,
 * so the first requests after the database is back do not fail on them.
 */
@ApplicationScoped
public class DatabaseOutage {

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class);

    private final DatabaseOutageConfig config;
    private final Instance<AgroalDataSource> dataSource;
    private final Map<DatabaseFailures.Kind, Report> reports = new EnumMap<>(DatabaseFailures.Kind.class);

    public DatabaseOutage(DatabaseOutageConfig config, Instance<AgroalDataSource> dataSource) {
        this.config = config;
        this.dataSource = dataSource;
    }

    /** A 503 when the database is why this failed; empty for any other failure. */
    /**
     * For work outside a request (scheduled jobs): true when the failure is the database being unavailable, which is
     * then logged like a request's and its broken pooled connections dropped, so the first request after the outage
     * does not get one of them.
     */
    public boolean noticed(Throwable failure) {
        return DatabaseFailures.unavailability(failure).map(kind -> {
            report(kind, failure);
            if (kind != DatabaseFailures.Kind.SLOW_STATEMENT) {
                dropIdleConnections();
            }
            return true;
        }).orElse(false);
    }

    public Optional<Response> answer(Throwable failure, String instance) {
        return DatabaseFailures.unavailability(failure).map(kind -> {
            report(kind, failure);
            if (kind != DatabaseFailures.Kind.SLOW_STATEMENT) {
                dropIdleConnections(); // a slow statement breaks no connection
            }
            Response problem = ProblemResponses.of(ProblemCode.SERVICE_UNAVAILABLE,
                    "The database is unavailable; try again after the Retry-After delay", instance, List.of());
            return Response.fromResponse(problem).header("Retry-After", config.retryAfter().toSeconds()).build();
        });
    }

    private void report(DatabaseFailures.Kind kind, Throwable failure) {
        long now = System.nanoTime();
        long suppressed;
        synchronized (reports) {
            Report last = reports.get(kind);
            if (last != null && now - last.at() < config.logInterval().toNanos()) {
                reports.put(kind, new Report(last.at(), last.suppressed() + 1));
                return;
            }
            suppressed = last == null ? 0 : last.suppressed();
            reports.put(kind, new Report(now, 0));
        }
        // One line, no stack: during an outage every request fails the same way. The driver's own exception says most.
        Throwable cause = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            cause = t;
            if (t instanceof java.sql.SQLException && t.getMessage() != null) {
                break;
            }
        }
        LOG.warnf("Database unavailable (%s): %s: %s%s", kind, cause.getClass().getSimpleName(), cause.getMessage(),
                suppressed == 0 ? "" : " (and " + suppressed + " more failures of this kind not logged)");
    }

    private void dropIdleConnections() {
        if (dataSource.isResolvable()) {
            try {
                dataSource.get().flush(AgroalDataSource.FlushMode.IDLE);
            } catch (RuntimeException e) {
                LOG.debug("Could not drop idle connections", e);
            }
        }
    }

    private record Report(long at, long suppressed) {
    }
}
