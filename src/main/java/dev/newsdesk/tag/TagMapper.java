package dev.newsdesk.tag;

import dev.newsdesk.tag.api.TagResponse;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class TagMapper {

    public TagResponse toResponse(Tag tag) {
        return new TagResponse(tag.getId(), tag.getSlug(), tag.getName(), tag.getType());
    }
}
