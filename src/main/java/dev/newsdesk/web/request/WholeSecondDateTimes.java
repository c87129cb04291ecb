package dev.newsdesk.web.request;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Every date-time the API writes has one shape: RFC 3339 to the whole second with an explicit offset,
 * {@code 2019-04-25T18:38:40+09:00}. Stored instants keep their own precision (microseconds on PostgreSQL, what the
 * clock gave on H2); left to Jackson, their fraction digits would vary from value to value, and front ends cut
 * strings. Seconds are what a newsroom shows and what HTTP dates carry; the fraction is dropped, never rounded up, so
 * a time is never written later than it was.
 */
@Singleton
public class WholeSecondDateTimes implements ObjectMapperCustomizer {

    /** {@code uuuu-MM-dd'T'HH:mm:ssXXX}: no fraction, and Z for UTC as RFC 3339 allows. */
    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    /** Last of all: Quarkus registers Jackson's own java.time serializers late, and the module added last wins. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("newsdesk-date-times");
        module.addSerializer(OffsetDateTime.class, new JsonSerializer<>() {
            @Override
            public void serialize(OffsetDateTime value, JsonGenerator json, SerializerProvider provider)
                    throws IOException {
                json.writeString(format(value));
            }
        });
        module.addSerializer(Instant.class, new JsonSerializer<>() {
            @Override
            public void serialize(Instant value, JsonGenerator json, SerializerProvider provider) throws IOException {
                json.writeString(format(value.atOffset(ZoneOffset.UTC)));
            }
        });
        mapper.registerModule(module);
    }

    public static String format(OffsetDateTime value) {
        return FORMAT.format(value.truncatedTo(ChronoUnit.SECONDS));
    }
}
