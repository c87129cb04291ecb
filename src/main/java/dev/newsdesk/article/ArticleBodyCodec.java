package dev.newsdesk.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.article.api.BodyBlock;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Stores an article body as a JSON array of typed blocks. Image blocks are stored by media id only: the media
 * itself is embedded at read time, so a corrected credit line shows on every article that uses the photo.
 */
@ApplicationScoped
public class ArticleBodyCodec {

    private static final TypeReference<List<BodyBlock>> BLOCKS = new TypeReference<>() {
    };

    private final ObjectMapper json;

    public ArticleBodyCodec(ObjectMapper json) {
        this.json = json;
    }

    public String write(List<BodyBlock> blocks) {
        List<BodyBlock> stored = blocks.stream()
                .map(b -> b instanceof BodyBlock.Image image ? image.withMedia(null) : b)
                .toList();
        try {
            return json.writerFor(BLOCKS).writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Body blocks could not be serialized", e);
        }
    }

    public List<BodyBlock> read(String stored) {
        try {
            return json.readValue(stored, BLOCKS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored article body is not valid block JSON", e);
        }
    }
}
