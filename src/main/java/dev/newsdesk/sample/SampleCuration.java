package dev.newsdesk.sample;

import dev.newsdesk.article.RelatedArticleService;
import dev.newsdesk.collection.CollectionService;
import dev.newsdesk.collection.api.CollectionCreateRequest;
import dev.newsdesk.site.SiteService;
import dev.newsdesk.web.cache.EntityTags;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.Function;

/** The curated parts of the sample newsroom (site menu and notices, Editor's Pick, pinned related stories). */
@ApplicationScoped
class SampleCuration {

    private final SiteService site;
    private final CollectionService collections;
    private final RelatedArticleService related;

    SampleCuration(SiteService site, CollectionService collections, RelatedArticleService related) {
        this.site = site;
        this.collections = collections;
        this.related = related;
    }

    /** Runs inside the loader's transaction, after the sample articles are persisted. */
    void load(SampleNewsroom sample, Function<String, UUID> articleId) {
        if (sample.site() != null) {
            site.update(EntityTags.ExpectedVersion.any(), sample.site());
        }
        if (sample.collections() != null) {
            for (SampleNewsroom.SampleCollection c : sample.collections()) {
                collections.create(new CollectionCreateRequest(c.slug(), c.name(), c.description(), c.section(),
                        c.articles().stream().map(articleId).toList()));
            }
        }
        if (sample.related() != null) {
            for (SampleNewsroom.SamplePins pins : sample.related()) {
                related.pin(articleId.apply(pins.article()), pins.pinned().stream().map(articleId).toList());
            }
        }
    }
}
