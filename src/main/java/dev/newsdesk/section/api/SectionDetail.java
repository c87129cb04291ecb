package dev.newsdesk.section.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.newsdesk.seo.api.SeoResponse;

/** A section answer: the section's own fields, then {@code included} when include= named related objects, then {@code seo}. */
public record SectionDetail(@JsonUnwrapped SectionResponse section,
                            @JsonInclude(JsonInclude.Include.NON_NULL) SectionIncluded included,
                            SeoResponse seo) {
}
