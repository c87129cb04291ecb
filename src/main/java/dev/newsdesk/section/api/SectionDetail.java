package dev.newsdesk.section.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.newsdesk.seo.api.SeoResponse;
import dev.newsdesk.web.openapi.ContractFilter;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A section answer: the section's own fields, then {@code included} when include= named related objects, then
 * {@code seo}. A schema of its own, apart from Section: a section embedded elsewhere (an article's included.section)
 * never carries an included of its own, and a Section with one would make the contract circular (Section →
 * collections → articles → Section), which stops common converters.
 */
@Schema(name = "SectionDetail", description = "A section page: the section, on request (include=) its related "
        + "objects, and its search and social metadata.")
public record SectionDetail(@JsonUnwrapped SectionResponse section,
                            @JsonInclude(JsonInclude.Include.NON_NULL)
                            @Schema(ref = SectionIncluded.SCHEMA, description = "Only with include=: the named "
                                    + "related objects.", extensions = @Extension(name = ContractFilter.OPTIONAL,
                                    value = "true", parseValue = true))
                            SectionIncluded included,
                            @Schema(description = "Search and social metadata of the section page, defaults applied.")
                            SeoResponse seo) {
}
