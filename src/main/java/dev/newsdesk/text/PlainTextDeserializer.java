package dev.newsdesk.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            return RichText.plain(parser.getText());
        }
        String text = context.readValue(parser, String.class);
        return RichText.plain(text);
    }
}
