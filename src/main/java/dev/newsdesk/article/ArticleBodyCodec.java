package dev.newsdesk.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.article.api.BodyBlock;
import dev.newsdesk.web.problem.EditorialProblems;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Stores an article body as a JSON array of typed blocks. Image and media blocks are stored by media id only: the media
 * itself is embedded at read time, so a corrected credit line shows on every article that uses the photo.
 */
@ApplicationScoped
public class ArticleBodyCodec {

    private static final TypeReference<List<BodyBlock>> BLOCKS = new TypeReference<>() {
    };
    /** The article.body column (V1). The request limits keep bodies far below it unless sanitizing grows them. */
    static final int MAX_STORED_LENGTH = 1_000_000;

    private final ObjectMapper json;

    public ArticleBodyCodec(ObjectMapper json) {
        this.json = json;
    }

    public String write(List<BodyBlock> blocks) {
        List<BodyBlock> stored = blocks.stream()
                .map(b -> b instanceof BodyBlock.Embed embed ? embed.withMedia(null) : b)
                .toList();
        String written;
        try {
            written = json.writerFor(BLOCKS).writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Body blocks could not be serialized", e);
        }
        if (written.length() > MAX_STORED_LENGTH) {
            // Escaping can make sanitized HTML several times longer than what was sent ("<" becomes "&lt;").
            throw EditorialProblems.unprocessable("/body",
                    "takes more than " + MAX_STORED_LENGTH + " characters once sanitized and stored as JSON");
        }
        return written;
    }

    public List<BodyBlock> read(String stored) {
        try {
            return json.readValue(stored, BLOCKS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored article body is not valid block JSON", e);
        }
    }
}
