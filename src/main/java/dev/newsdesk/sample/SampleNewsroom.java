package dev.newsdesk.sample;

import dev.newsdesk.edition.api.EditionsUpdateRequest;
import dev.newsdesk.author.api.AuthorTranslation;
import dev.newsdesk.section.api.SectionTranslation;
import dev.newsdesk.site.api.Notice;
import dev.newsdesk.site.api.SiteTranslation;
import dev.newsdesk.tag.api.TagTranslation;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.site.api.SiteUpdateRequest;
import dev.newsdesk.media.api.MediaTrack;
import java.time.OffsetDateTime;
import java.util.List;

/** The shape of sample/newsroom.json: references between entries are by slug or media key. */
record SampleNewsroom(List<SampleSection> sections, List<SampleAuthor> authors, List<SampleTag> tags,
                      List<SampleMedia> media, List<SampleArticle> articles, SiteUpdateRequest site,
                      List<SampleCollection> collections, List<SamplePins> related) {

    /** A curated collection; articles by slug, in order. */
    record SampleCollection(String slug, String name, String description, String section, List<String> articles) {
    }

    /** Related articles the editors pinned to an article, by slug. */
    record SamplePins(String article, List<String> pinned) {
    }

    record SampleSection(String slug, String name, String parent, int position) {
    }

    record SampleAuthor(String slug, String name, String title, String bio) {
    }

    record SampleTag(String slug, String name, String type) {
    }

    /** A media asset; a video's poster names another asset's key, listed before it. */
    record SampleMedia(String key, String type, String url, String mimeType, Long sizeBytes, Integer width,
                       Integer height, Double durationSeconds, String altText, String caption, String credit,
                       String creditLine, String copyright, String source, FocalPoint focalPoint, List<MediaTrack> tracks,
                       String poster, SampleRights rights) {
    }

    record SampleRights(String usageTerms, OffsetDateTime validFrom, OffsetDateTime validUntil,
                        boolean syndicationAllowed) {
    }

    record FocalPoint(double x, double y) {
    }

    record SampleArticle(String slug, String headline, String standfirst, String language, String section,
                         List<String> authors, List<String> tags, String leadMedia, OffsetDateTime createdAt,
                         OffsetDateTime firstPublishedAt, OffsetDateTime updatedAt, int revision, List<JsonNode> body,
                         List<String> formerSlugs, List<String> robots, String translationOf,
                         OffsetDateTime syncedAt) {
    }

    /**
     * The shape of sample/editions.json: the editions, the display fields of the newsroom above in other
     * editions (by slug, menu label and notice key) and the translated articles, each naming its source.
     */
    record SampleEditions(EditionsUpdateRequest editions, SiteEditions site,
                          Map<String, Map<String, SectionTranslation>> sections,
                          Map<String, Map<String, TagTranslation>> tags,
                          Map<String, Map<String, AuthorTranslation>> authors, List<SampleArticle> articles) {
    }

    record SiteEditions(Map<String, SiteTranslation> translations, Map<String, Map<String, String>> menuLabels,
                        Map<String, Map<String, Notice.Translation>> notices) {
    }
}
