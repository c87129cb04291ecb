package dev.newsdesk.change;

import dev.newsdesk.config.ChangeFeedConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * Waits for the change counter's row lock on PostgreSQL with a budget of its own
 * ({@code newsdesk.changes.counter-lock-wait}): commits queue on that lock one after another, and under a burst of
 * writers the queue can be longer than the statement timeout every other statement keeps. Only this statement gets
 * the longer wait ({@code set_config(..., true)}, so it ends with the transaction anyway, and it is set back as soon
 * as the lock is held), and the connection's socket timeout is raised for it, so the driver does not take a long
 * wait for a dead server. H2 waits for LOCK_TIMEOUT from its URL, as before.
 */
@ApplicationScoped
class CounterLock {

    private static final String LOCK = "select last_seq from change_counter where id = " + ChangeCounter.ID
            + " for update";
    /** Kept above the wait, so the server's lock_timeout, not the socket, ends a wait that is too long. */
    private static final int SOCKET_MARGIN_MS = 5_000;

    private final boolean postgresql;
    private volatile long waitMillis;

    CounterLock(@ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind, ChangeFeedConfig config) {
        this.postgresql = "postgresql".equals(dbKind);
        this.waitMillis = config.counterLockWait().toMillis();
    }

    /** Takes the lock in the caller's transaction, waiting up to the configured budget. */
    void acquire(EntityManager entityManager) {
        if (postgresql && waitMillis > 0) {
            entityManager.unwrap(Session.class).doWork(this::lock);
        }
    }

    /** For the write-burst bench only: the wait before (zero: the session's statement_timeout) and after. */
    void waitFor(Duration wait) {
        this.waitMillis = wait.toMillis();
    }

    private void lock(Connection connection) throws SQLException {
        long wait = waitMillis;
        int socketTimeout = connection.getNetworkTimeout();
        boolean raised = socketTimeout > 0 && socketTimeout < wait + SOCKET_MARGIN_MS;
        if (raised) {
            connection.setNetworkTimeout(Runnable::run, (int) (wait + SOCKET_MARGIN_MS));
        }
        try {
            String statementTimeout;
            String lockTimeout;
            try (PreparedStatement set = connection.prepareStatement("select current_setting('statement_timeout'), "
                    + "current_setting('lock_timeout'), set_config('statement_timeout', ?, true), "
                    + "set_config('lock_timeout', ?, true)")) {
                set.setString(1, wait + "ms");
                set.setString(2, wait + "ms");
                try (ResultSet previous = set.executeQuery()) {
                    previous.next();
                    statementTimeout = previous.getString(1);
                    lockTimeout = previous.getString(2);
                }
            }
            try (Statement lock = connection.createStatement()) {
                lock.executeQuery(LOCK).close();
            }
            try (PreparedStatement reset = connection.prepareStatement(
                    "select set_config('statement_timeout', ?, true), set_config('lock_timeout', ?, true)")) {
                reset.setString(1, statementTimeout);
                reset.setString(2, lockTimeout);
                reset.executeQuery().close();
            }
        } finally {
            if (raised) {
                connection.setNetworkTimeout(Runnable::run, socketTimeout);
            }
        }
    }
}
