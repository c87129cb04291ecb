package dev.newsdesk.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What one logger writes while a test runs (the JBoss log manager is the JUL manager in tests), for asserting that
 * something is logged, and how often: {@code try (LogCapture log = LogCapture.of(Foo.class)) { ... }}.
 */
public final class LogCapture extends Handler implements AutoCloseable {

    private final Logger logger;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private LogCapture(Logger logger) {
        this.logger = logger;
        logger.addHandler(this);
    }

    public static LogCapture of(Class<?> source) {
        return of(source.getName());
    }

    /** A log category of a library, such as {@code io.agroal.pool}. */
    public static LogCapture of(String category) {
        return new LogCapture(Logger.getLogger(category));
    }

    public List<LogRecord> records() {
        return List.copyOf(records);
    }

    /** Each record as "LEVEL message", its printf-style parameters filled in. */
    public List<String> lines() {
        return records.stream().map(r -> r.getLevel() + " " + (r.getParameters() == null ? r.getMessage()
                : String.format(r.getMessage(), r.getParameters()))).toList();
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
