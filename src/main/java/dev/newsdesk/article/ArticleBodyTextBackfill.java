package dev.newsdesk.article;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Articles stored before the body_text column existed (migration V30) get their search text on the next start;
 * afterwards every write keeps it in step, so this finds nothing to do.
 */
@ApplicationScoped
public class ArticleBodyTextBackfill {

    private static final Logger LOG = Logger.getLogger(ArticleBodyTextBackfill.class);
    private static final int BATCH = 200;

    private final ArticleRepository articles;

    public ArticleBodyTextBackfill(ArticleRepository articles) {
        this.articles = articles;
    }

    void onStart(@Observes StartupEvent event) {
        int filled = 0;
        for (int done = fillBatch(); done > 0; done = fillBatch()) {
            filled += done;
        }
        if (filled > 0) {
            LOG.infof("Filled the search text of %d articles", filled);
        }
    }

    @Transactional
    int fillBatch() {
        List<Article> missing = articles.find("bodyText is null").page(0, BATCH).list();
        missing.forEach(a -> a.setBodyJson(a.getBodyJson()));
        return missing.size();
    }
}
