package dev.newsdesk.section.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A section answer with include= objects: the section's own fields, then {@code included}. */
public record SectionDetail(@JsonUnwrapped SectionResponse section, SectionIncluded included) {
}
