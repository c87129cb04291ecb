package dev.newsdesk.section;

import dev.newsdesk.section.api.SectionIncluded;

/**
 * The curated collections of a section, embedded in its answer with include=collections. The collection feature
 * implements this: collections belong to sections, so collection depends on section and never the reverse.
 */
public interface SectionCollections {

    /** The include= name. */
    String INCLUDE = "collections";

    /**
     * The section's {@code included} object: its collections, each with its visible articles shown in the edition
     * the section is served in.
     */
    SectionIncluded includedFor(String sectionSlug, String edition);
}
