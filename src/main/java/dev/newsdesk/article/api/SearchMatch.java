package dev.newsdesk.article.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SearchMatch", description = "Why an article matched a search: present on list items when q is given.")
public record SearchMatch(
        @Schema(description = "An excerpt of the standfirst and body: HTML-escaped text in which the matched words "
                + "are wrapped in <mark> elements.",
                example = "… agreed to measure and publish the <mark>emissions</mark> of container ships …")
        String snippet,
        @Schema(description = "Relevance score; higher is more relevant. Comparable within one search only.",
                example = "0.6079271")
        double rank) {
}
