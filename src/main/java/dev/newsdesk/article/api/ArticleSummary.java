package dev.newsdesk.article.api;

import dev.newsdesk.author.api.AuthorRef;
import dev.newsdesk.media.api.MediaResponse;
import dev.newsdesk.section.api.SectionRef;
import dev.newsdesk.web.openapi.ContractFilter;
import dev.newsdesk.web.cache.SurrogateKey;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

@SurrogateKey("article")
@Schema(name = "ArticleSummary", description = "An article as shown in lists and teasers. With fields=, only "
        + "the fields asked for (and id).",
        extensions = @Extension(name = ContractFilter.SPARSE_FIELDSET, value = "true", parseValue = true),
        properties = {
                @SchemaProperty(name = "search", ref = "SearchMatch", extensions = @Extension(
                        name = ContractFilter.OPTIONAL, value = "true", parseValue = true),
                        description = "Only in search results (q given): the snippet and rank of the match."),
                @SchemaProperty(name = "included", ref = "ArticleIncluded", extensions = @Extension(
                        name = ContractFilter.OPTIONAL, value = "true", parseValue = true),
                        description = "Only with include=: the named related objects in full.")})
public record ArticleSummary(
        @Schema(example = "0b5d5c6e-0f43-3a8e-9c39-4f1e5d1b2c77") UUID id,
        @Schema(example = "port-strike-enters-second-week") String slug,
        @Schema(example = "Port strike enters its second week") String headline,
        @Schema(nullable = true, example = "Dock workers and operators return to talks as cargo piles up.") String standfirst,
        @Schema(description = "BCP 47 language tag.", example = "en") String language,
        SectionRef section,
        List<AuthorRef> authors,
        @Schema(nullable = true, description = "Lead photo or video with its credit line.") MediaResponse leadMedia,
        @Schema(description = "When the current publication went live.", example = "2019-04-25T18:38:40+09:00")
        OffsetDateTime publishedAt,
        @Schema(description = "First publication: shown as \"Written\".", example = "2019-04-25T18:38:40+09:00")
        OffsetDateTime firstPublishedAt,
        @Schema(description = "Last change to the published content: shown as \"Updated\".",
                example = "2019-04-25T21:08:35+09:00")
        OffsetDateTime updatedAt,
        @Schema(description = "Site path of the article page.", example = "/international/port-strike-enters-second-week")
        String canonicalPath) {
}
