package dev.newsdesk.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which failures are the database being unavailable, however they are wrapped, and which are bugs. */
class DatabaseFailuresTest {

    @Test
    void outagesAreRecognisedThroughWrappers() {
        assertEquals(Optional.of(DatabaseFailures.Kind.CONNECTION), kind(wrapped(new SQLException("refused", "08001"))));
        assertEquals(Optional.of(DatabaseFailures.Kind.CONNECTION), kind(wrapped(new SQLException("broken", "90067"))));
        assertEquals(Optional.of(DatabaseFailures.Kind.CONNECTION),
                kind(new RuntimeException(new IllegalStateException(new ConnectException("Connection refused")))));
        assertEquals(Optional.of(DatabaseFailures.Kind.TIMEOUT), kind(wrapped(new SQLTimeoutException("no answer"))));
        assertEquals(Optional.of(DatabaseFailures.Kind.TIMEOUT),
                kind(new RuntimeException(new SocketTimeoutException("Read timed out"))));
        assertEquals(Optional.of(DatabaseFailures.Kind.SLOW_STATEMENT),
                kind(wrapped(new SQLTimeoutException("canceling statement due to statement timeout", "57014"))));
        assertEquals(Optional.of(DatabaseFailures.Kind.SHUTDOWN), kind(wrapped(new SQLException("shutdown", "57P01"))));
        assertEquals(Optional.of(DatabaseFailures.Kind.POOL_EXHAUSTED),
                kind(wrapped(new SQLException("Sorry, acquisition timeout!"))));
    }

    @Test
    void otherDatabaseErrorsStayBugs() {
        assertEquals(Optional.empty(), kind(wrapped(new SQLException("duplicate key", "23505"))));
        assertEquals(Optional.empty(), kind(wrapped(new SQLException("syntax error", "42601"))));
        assertEquals(Optional.empty(), kind(new IllegalStateException("no database involved")));
    }

    private static Optional<DatabaseFailures.Kind> kind(Throwable failure) {
        return DatabaseFailures.unavailability(failure);
    }

    private static RuntimeException wrapped(SQLException cause) {
        return new RuntimeException("transaction failed", new PersistenceException("could not execute", cause));
    }
}
