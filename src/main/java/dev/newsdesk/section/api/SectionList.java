package dev.newsdesk.section.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SectionList", description = "All sections, parents before children, each level by position.")
public record SectionList(List<SectionResponse> data) {
}
