package dev.newsdesk.article;

import dev.newsdesk.article.api.EditorialArticle;
import dev.newsdesk.article.api.TranslationList;
import dev.newsdesk.article.api.EditorialArticlePage;
import dev.newsdesk.article.revision.RevisionService;
import dev.newsdesk.article.revision.api.EditorialRevisionList;
import dev.newsdesk.article.revision.api.RevisionDetail;
import dev.newsdesk.web.cache.Versioned;
import dev.newsdesk.web.paging.PageAddress;
import dev.newsdesk.web.paging.PageMeta;
import dev.newsdesk.web.paging.PageWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * What editors read: articles in any state and their history. The changes are written by
 * {@link ArticleContentService} (content), {@link PendingDraftService} (drafts of published articles) and
 * {@link ArticleWorkflowService} (publishing, unpublishing, deleting).
 */
@ApplicationScoped
public class ArticleEditorialService {

    private final ArticleRepository articles;
    private final EditableArticles editable;
    private final ArticleEditorialMapper mapper;
    private final RevisionService revisions;

    ArticleEditorialService(ArticleRepository articles, EditableArticles editable, ArticleEditorialMapper mapper,
                            RevisionService revisions) {
        this.articles = articles;
        this.editable = editable;
        this.mapper = mapper;
        this.revisions = revisions;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<EditorialArticle> get(UUID id) {
        return editable.versioned(editable.find(id), editable.now());
    }

    /** One page of the editorial list, with its links: the next page's while more follow. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EditorialArticlePage list(EditorialArticleQuery query, PageAddress address) {
        Instant now = editable.now();
        PageWindow<Article> page = PageWindow.of(articles.findEditorialPage(query), query.limit());
        EditorialArticleQuery.Cursor next =
                page.next(last -> new EditorialArticleQuery.Cursor(last.getUpdatedAt(), last.getId()));
        String nextCursor = next == null ? null : next.encode();
        return new EditorialArticlePage(page.items().stream().map(a -> mapper.toSummary(a, now)).toList(),
                new PageMeta(query.limit(), nextCursor), address.links(nextCursor));
    }

    /** The article's translation group, every member in any state, the original first; 404 if no such article. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TranslationList translations(UUID id) {
        Article article = editable.find(id);
        Instant now = editable.now();
        return new TranslationList(article.groupId(), articles.findGroup(article.groupId()).stream()
                .map(member -> mapper.toTranslationSummary(member, now)).toList());
    }

    /** Every revision of the article, drafts included; 404 if there is no such article. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EditorialRevisionList revisions(UUID id) {
        editable.find(id);
        return revisions.all(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RevisionDetail revision(UUID id, int number) {
        return revisions.detail(id, number);
    }
}
