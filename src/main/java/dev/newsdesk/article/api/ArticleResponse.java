package dev.newsdesk.article.api;

import dev.newsdesk.author.api.AuthorRef;
import dev.newsdesk.media.api.MediaResponse;
import dev.newsdesk.section.api.SectionRef;
import dev.newsdesk.tag.api.TagResponse;
import dev.newsdesk.web.openapi.ContractFilter;
import dev.newsdesk.web.cache.SurrogateKey;
import dev.newsdesk.seo.api.SeoResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

@SurrogateKey("article")
@Schema(name = "Article", description = "A published article with everything its page shows. With fields=, "
        + "only the fields asked for (and id).",
        extensions = @Extension(name = ContractFilter.SPARSE_FIELDSET, value = "true", parseValue = true),
        properties = @SchemaProperty(name = "included", ref = "ArticleIncluded", extensions = @Extension(
                        name = ContractFilter.OPTIONAL, value = "true", parseValue = true),
                description = "Only with include=: the named related objects in full."))
public record ArticleResponse(
        @Schema(example = "0b5d5c6e-0f43-3a8e-9c39-4f1e5d1b2c77") UUID id,
        @Schema(example = "port-strike-enters-second-week") String slug,
        @Schema(example = "Port strike enters its second week") String headline,
        @Schema(nullable = true, example = "Dock workers and operators return to talks as cargo piles up.") String standfirst,
        @Schema(description = "BCP 47 language tag.", example = "en") String language,
        SectionRef section,
        @Schema(description = "The byline, in order.") List<AuthorRef> authors,
        List<TagResponse> tags,
        @Schema(nullable = true, description = "Lead photo or video with caption, credit and copyright.")
        MediaResponse leadMedia,
        @Schema(description = "The body, in reading order.") List<BodyBlock> body,
        @Schema(description = "When the article was first drafted.", example = "2019-04-25T17:02:11+09:00")
        OffsetDateTime createdAt,
        @Schema(nullable = true, description = "First publication: shown as \"Written\". Null only in a preview of "
                + "an article never published.", example = "2019-04-25T18:38:40+09:00")
        OffsetDateTime firstPublishedAt,
        @Schema(nullable = true, description = "When the current publication went live. Null only in a preview of "
                + "an article never published.", example = "2019-04-25T18:38:40+09:00")
        OffsetDateTime publishedAt,
        @Schema(description = "Last change to the published content: shown as \"Updated\".",
                example = "2019-04-25T21:08:35+09:00")
        OffsetDateTime updatedAt,
        @Schema(description = "Published revision number; grows with every change readers can see.", example = "3")
        int revision,
        @Schema(description = "Site path of the article page.", example = "/international/port-strike-enters-second-week")
        String canonicalPath,
        @Schema(description = "What the page's <head> needs for search engines and social networks, defaults "
                + "applied. The schema.org JSON-LD comes with include=jsonLd.")
        SeoResponse seo,
        @Schema(description = "The published translations of this article, itself included, each with its "
                + "language, id, path and absolute URL, then x-default; the same set on every member of the "
                + "group, and the same as the Link rel=\"alternate\" headers.")
        List<ArticleAlternate> alternates,
        ArticleTranslation translation) {
}
