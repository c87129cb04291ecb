package dev.newsdesk.article;

import dev.newsdesk.article.api.ArticleSnapshot;
import dev.newsdesk.article.api.ArticleUpdateRequest;

/**
 * A change of an article's content and how to record it: what a PUT or a merge patch asks for, and what restoring
 * an old revision amounts to.
 */
record ArticleEdit(ArticleSnapshot content, boolean minor, boolean correction, String note, boolean draft) {

    static ArticleEdit of(ArticleUpdateRequest request) {
        ArticleSnapshot content = new ArticleSnapshot(request.slug(), request.headline(), request.standfirst(),
                request.language(), request.sectionId(), request.leadMediaId(), request.authorIds(), request.tagIds(),
                request.body(), request.seo());
        return new ArticleEdit(content, request.minor(), request.correction(), request.note(), request.draft());
    }

    /** A live edit putting back the content of revision {@code number}: never minor, never a correction. */
    static ArticleEdit restoring(int number, ArticleSnapshot content) {
        return new ArticleEdit(content, false, false, restoredNote(number), false);
    }

    static String restoredNote(int number) {
        return "Restored revision " + number;
    }
}
