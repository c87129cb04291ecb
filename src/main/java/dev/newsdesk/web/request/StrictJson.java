package dev.newsdesk.web.request;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.newsdesk.web.problem.RefusedJsonValue;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;

/**
 * JSON the API reads means exactly what it says, for the whole API at once: no value is converted into another type
 * ({@code "true"} is not a boolean, {@code 2} is not a role, {@code 5} is not a string, {@code 2.5} is not a whole
 * number, a number is not a date-time), a field may appear once, nothing may follow the document, no text may hold
 * a NUL character, and a date-time has the four-digit year of RFC 3339. Each refusal is a 400 whose errors[] points
 * at the field ({@link dev.newsdesk.web.problem.JsonProblems}).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    @SuppressWarnings("deprecation") // MapperFeature on a built mapper: the one switch for every scalar coercion
    public void customize(ObjectMapper mapper) {
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // Scalars into text fields are not covered by the switch above.
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        SimpleModule module = new SimpleModule("newsdesk-strict-json");
        module.addDeserializer(String.class, new NulFreeString());
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription bean,
                                                          JsonDeserializer<?> deserializer) {
                return Temporal.class.isAssignableFrom(bean.getBeanClass())
                        ? new Rfc3339DateTime(deserializer) : deserializer;
            }
        });
        mapper.registerModule(module);
    }

    /** Jackson's string reading (and its refusal of numbers and booleans), then the NUL check. */
    static final class NulFreeString extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (TextRules.containsNul(value)) {
                throw new RefusedJsonValue(parser, TextRules.NO_NUL);
            }
            return value;
        }
    }

    /**
     * Date-times only as strings (Jackson would read a number as seconds since 1970) with a year of 0000 to 9999:
     * Java takes years up to 999999999, which no database column holds.
     */
    static final class Rfc3339DateTime extends DelegatingDeserializer {

        static final String REASON = "must be an RFC 3339 date-time string with a four-digit year, "
                + "such as 2019-04-25T18:38:40+09:00";

        Rfc3339DateTime(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Rfc3339DateTime(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw new RefusedJsonValue(parser, REASON);
            }
            Object value = super.deserialize(parser, context);
            if (!fourDigitYear(value)) {
                throw new RefusedJsonValue(parser, REASON);
            }
            return value;
        }

        private static boolean fourDigitYear(Object value) {
            try {
                Integer year = year(value);
                return year == null || (year >= 0 && year <= 9999);
            } catch (DateTimeException e) {
                return false; // an Instant beyond the years a date can show
            }
        }

        private static Integer year(Object value) {
            if (value instanceof OffsetDateTime t) {
                return t.getYear();
            }
            if (value instanceof ZonedDateTime t) {
                return t.getYear();
            }
            if (value instanceof Instant t) {
                return t.atOffset(ZoneOffset.UTC).getYear();
            }
            if (value instanceof LocalDateTime t) {
                return t.getYear();
            }
            if (value instanceof LocalDate t) {
                return t.getYear();
            }
            return null;
        }
    }
}
