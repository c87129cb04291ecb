package dev.newsdesk.article.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.newsdesk.web.openapi.ContractFilter;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The article as schema.org structured data, ready for {@code <script type="application/ld+json">}: what Google's
 * Top stories and other news surfaces read. Every URL is absolute, dates carry the newsroom's offset.
 */
@Schema(name = "NewsArticleJsonLd", description = "schema.org NewsArticle of the article: serialize it into a "
        + "script element of type application/ld+json as it is.")
public record NewsArticleJsonLd(
        @JsonProperty("@context") @Schema(example = "https://schema.org") String context,
        @JsonProperty("@type") @Schema(example = "NewsArticle") String type,
        @Schema(description = "The headline.", example = "Port strike enters its second week") String headline,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The SEO description, else the standfirst; absent when neither exists.",
                extensions = @Extension(name = ContractFilter.OPTIONAL, value = "true", parseValue = true),
                example = "Dock workers and operators return to talks as cargo piles up.")
        String description,
        @Schema(description = "Absolute image URLs: the social image, then the lead photo if it differs; [] when "
                + "there is none.", example = "[\"https://media.example.com/2019/04/busan-port.jpg\"]")
        List<String> image,
        @Schema(description = "BCP 47 language of the article.", example = "en") String inLanguage,
        @Schema(description = "First publication.", example = "2019-04-25T18:38:40+09:00") OffsetDateTime datePublished,
        @Schema(description = "Last change readers saw.", example = "2019-04-25T21:08:35+09:00")
        OffsetDateTime dateModified,
        @Schema(description = "The byline, in order.") List<Person> author,
        Organization publisher,
        WebPage mainEntityOfPage) {

    public static final String CONTEXT = "https://schema.org";

    @Schema(name = "JsonLdPerson", description = "schema.org Person: an author with the URL of their page.")
    public record Person(
            @JsonProperty("@type") @Schema(example = "Person") String type,
            @Schema(example = "Park Min-ji") String name,
            @Schema(example = "https://news.example.com/authors/min-ji-park") String url) {
    }

    @Schema(name = "JsonLdOrganization", description = "schema.org Organization: the newsroom, named as in the "
            + "site settings, with their publisher logo.")
    public record Organization(
            @JsonProperty("@type") @Schema(example = "NewsMediaOrganization") String type,
            @Schema(example = "The Harbour Herald") String name,
            @Schema(example = "https://news.example.com") String url,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "The publisher logo of the site settings; absent while none is set.",
                    extensions = @Extension(name = ContractFilter.OPTIONAL, value = "true", parseValue = true))
            ImageObject logo) {
    }

    @Schema(name = "JsonLdImageObject", description = "schema.org ImageObject: the publisher logo with its size in "
            + "pixels (it fits 600x60, as Google's Article structured data asks).")
    public record ImageObject(
            @JsonProperty("@type") @Schema(example = "ImageObject") String type,
            @Schema(example = "https://news.example.com/logo-600x60.png") String url,
            @Schema(example = "600") int width,
            @Schema(example = "60") int height) {
    }

    @Schema(name = "JsonLdWebPage", description = "schema.org WebPage: the article's canonical page.")
    public record WebPage(
            @JsonProperty("@type") @Schema(example = "WebPage") String type,
            @JsonProperty("@id") @Schema(example = "https://news.example.com/international/port-strike-enters-second-week")
            String id) {
    }
}
