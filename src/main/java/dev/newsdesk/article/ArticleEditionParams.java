package dev.newsdesk.article;

import dev.newsdesk.edition.EditionParams;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The edition one article is asked in (lang, Accept-Language) and whether it may fall back, bound with @BeanParam. */
public class ArticleEditionParams extends EditionParams {

    @Parameter(description = "With lang (or Accept-Language) naming an edition the article is not in: true (the "
            + "default) serves the group's translation in that edition, else in the first edition of its fallback "
            + "chain that has one, else the article itself; false serves only a translation in that very edition "
            + "and answers 404 otherwise. Content-Language says which language was served, "
            + "Newsdesk-Requested-Language which was asked for.",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"true", "false"}))
    @QueryParam("fallback")
    String fallback;
}
