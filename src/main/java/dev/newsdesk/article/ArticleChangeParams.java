package dev.newsdesk.article;

import dev.newsdesk.web.cache.EntityTags;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The article an editorial change is for, and the version the editor saw (If-Match), bound with @BeanParam. */
public class ArticleChangeParams {

    @Parameter(description = "The article's id.")
    @PathParam("id")
    UUID id;

    @Parameter(description = EntityTags.IF_MATCH_DESCRIPTION, required = true)
    @HeaderParam(HttpHeaders.IF_MATCH)
    String ifMatch;

    public UUID id() {
        return id;
    }

    /** 428 without If-Match; the version it names is checked against the article's by the service. */
    public EntityTags.ExpectedVersion expected() {
        return EntityTags.parseIfMatch(ifMatch);
    }
}
