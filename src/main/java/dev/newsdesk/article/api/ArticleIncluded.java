package dev.newsdesk.article.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.newsdesk.author.api.AuthorResponse;
import dev.newsdesk.media.api.MediaResponse;
import dev.newsdesk.section.api.SectionResponse;
import dev.newsdesk.tag.api.TagResponse;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Related objects embedded in full on request (include=authors,tags,section,media); absent ones were not asked for. */
@Schema(name = "ArticleIncluded", description = "Related objects in full, present when named in include=.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleIncluded(
        @Schema(description = "include=authors: the byline's full profiles, in byline order.")
        List<AuthorResponse> authors,
        @Schema(description = "include=tags: every tag of the article.")
        List<TagResponse> tags,
        @Schema(description = "include=section: the article's section with its parent and path.")
        SectionResponse section,
        @Schema(description = "include=media: the lead media and every media asset the body shows, lead first.")
        List<MediaResponse> media) {
}
