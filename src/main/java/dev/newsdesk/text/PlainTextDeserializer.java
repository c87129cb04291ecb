package dev.newsdesk.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/** Reads a JSON string as {@link RichText#plain} text; any other token is refused as Jackson refuses it for String. */
public class PlainTextDeserializer extends StdDeserializer<String> {

    public PlainTextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        // The API's own String reading first (exact types, no NUL): cleaning must never hide what it refuses.
        return RichText.plain(context.readValue(parser, String.class));
    }
}
