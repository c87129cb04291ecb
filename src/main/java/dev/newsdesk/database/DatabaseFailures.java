package dev.newsdesk.database;

import dev.newsdesk.web.problem.FailureCauses;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a database that cannot answer (down, unreachable, frozen, out of connections) from every other failure,
 * whatever wraps it (Hibernate, JTA, the connection pool, Quarkus security). Only those become a 503 the client
 * may retry; anything else stays a 500 bug report.
 */
public final class DatabaseFailures {

    /** The kinds an outage is logged by: few and stable, so one line per kind and interval is enough. */
    public enum Kind {
        /** Refused, reset or broken connections. */
        CONNECTION,
        /** No answer in time on a connection (a frozen server or network). */
        TIMEOUT,
        /** A statement cancelled by statement_timeout: the server answers, slowly. */
        SLOW_STATEMENT,
        /** No connection from the pool in time. */
        POOL_EXHAUSTED,
        /** The server is shutting down, starting or full. */
        SHUTDOWN
    }

    /**
     * SQLStates of a database going away. PostgreSQL: 08xxx connection exceptions, 57P01-57P03 shutting down or
     * starting, 53300 too many connections, 57014 a statement cancelled by statement_timeout. H2: 90067 connection
     * broken, 90098 and 90121 database closed, 90028 I/O error.
     */
    private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03", "53300");
    private static final Set<String> H2_CONNECTION_STATES = Set.of("90067", "90098", "90121", "90028");

    private DatabaseFailures() {
    }

    public static Optional<Kind> unavailability(Throwable failure) {
        return Optional.ofNullable(FailureCauses.first(failure, DatabaseFailures::kindOf));
    }

    private static Kind kindOf(Throwable t) {
        if (t instanceof SQLException sql && "57014".equals(sql.getSQLState())) {
            return Kind.SLOW_STATEMENT;
        }
        if (t instanceof SQLTimeoutException || t instanceof SocketTimeoutException) {
            return Kind.TIMEOUT;
        }
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SocketException) {
            return Kind.CONNECTION;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null) {
                if (state.startsWith("08") || H2_CONNECTION_STATES.contains(state)) {
                    return Kind.CONNECTION;
                }
                if (SHUTDOWN_STATES.contains(state)) {
                    return Kind.SHUTDOWN;
                }
            }
            // Agroal's answer when no connection could be had in time: the pool is empty and the database unreachable.
            String message = sql.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                return Kind.POOL_EXHAUSTED;
            }
        }
        String name = t.getClass().getName();
        if (name.equals("org.hibernate.exception.JDBCConnectionException")) {
            return Kind.CONNECTION;
        }
        if (name.equals("org.hibernate.QueryTimeoutException") || name.equals("jakarta.persistence.QueryTimeoutException")) {
            return Kind.SLOW_STATEMENT;
        }
        return null;
    }
}
