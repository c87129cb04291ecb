package dev.newsdesk.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Pattern;

/**
 * The words readers see in an article body, as one plain text: what search matches and quotes. Derived from the
 * stored block JSON (not the typed blocks) so the entity can keep it in step without any injected bean.
 */
public final class ArticleBodyText {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    // Snippet highlighting uses these as markers; keep them out of the text so a marker always means a match.
    private static final Pattern MARKERS = Pattern.compile("[\u27E6\u27E7]");

    private ArticleBodyText() {
    }

    public static String extract(String bodyJson) {
        if (bodyJson == null) {
            return null;
        }
        JsonNode blocks;
        try {
            blocks = JSON.readTree(bodyJson);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Article body is not valid block JSON", e);
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode block : blocks) {
            append(text, block.path("html"));
            block.path("items").forEach(item -> append(text, item));
            append(text, block.path("attribution"));
            append(text, block.path("caption"));
        }
        return text.toString().trim();
    }

    private static void append(StringBuilder text, JsonNode node) {
        if (!node.isTextual() || node.asText().isBlank()) {
            return;
        }
        String plain = unescape(TAG.matcher(node.asText()).replaceAll(" "));
        plain = SPACES.matcher(MARKERS.matcher(plain).replaceAll(" ")).replaceAll(" ").trim();
        if (!plain.isEmpty()) {
            text.append(plain).append('\n');
        }
    }

    /** Body HTML is sanitized to a few inline tags, so only the basic entities can occur. */
    private static String unescape(String html) {
        return html.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&#x27;", "'").replace("&amp;", "&");
    }
}
