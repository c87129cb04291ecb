package dev.newsdesk.section.api;

/**
 * Related objects of a section, present when named in include=. The feature that keeps them declares the record
 * and its schema, named {@value #SCHEMA}; see {@link dev.newsdesk.section.SectionCollections}.
 */
public interface SectionIncluded {

    String SCHEMA = "SectionIncluded";
}
