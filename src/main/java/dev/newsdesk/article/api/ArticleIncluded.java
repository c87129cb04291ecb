package dev.newsdesk.article.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.newsdesk.author.api.AuthorResponse;
import dev.newsdesk.media.api.MediaResponse;
import dev.newsdesk.section.api.SectionResponse;
import dev.newsdesk.tag.api.TagResponse;
import dev.newsdesk.web.openapi.ContractFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Related objects embedded in full on request (include=authors,tags,section,media,jsonLd); absent ones were not asked for. */
@Schema(name = "ArticleIncluded", description = "Related objects in full, present when named in include=.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleIncluded(
        @Schema(extensions = @Extension(name = ContractFilter.OPTIONAL, value = "true", parseValue = true),
                description = "include=authors: the byline's full profiles, in byline order.")
        List<AuthorResponse> authors,
        @Schema(extensions = @Extension(name = ContractFilter.OPTIONAL, value = "true", parseValue = true),
                description = "include=tags: every tag of the article.")
        List<TagResponse> tags,
        @Schema(extensions = @Extension(name = ContractFilter.OPTIONAL, value = "true", parseValue = true),
                description = "include=section: the article's section with its parent and path.")
        SectionResponse section,
        @Schema(extensions = @Extension(name = ContractFilter.OPTIONAL, value = "true", parseValue = true),
                description = "include=media: the lead media and every media asset the body shows, lead first.")
        List<MediaResponse> media,
        @Schema(extensions = @Extension(name = ContractFilter.OPTIONAL, value = "true", parseValue = true),
                description = "include=jsonLd: the article as schema.org NewsArticle structured data.")
        NewsArticleJsonLd jsonLd) {
}
