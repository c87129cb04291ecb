package dev.newsdesk.article;

import dev.newsdesk.article.api.ArticleResponse;
import dev.newsdesk.article.api.PreviewToken;
import dev.newsdesk.security.PreviewTokens;
import dev.newsdesk.web.problem.ProblemException;
import dev.newsdesk.web.request.ApiTime;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Previews for front ends: the article exactly as the delivery API would serve it, whatever its state, for an API
 * key or, without one, for a signed token naming the article.
 */
@ApplicationScoped
public class ArticlePreviewService {

    private final EditableArticles editable;
    private final ArticleMapper deliveryMapper;
    private final PreviewTokens tokens;
    private final ApiTime time;

    ArticlePreviewService(EditableArticles editable, ArticleMapper deliveryMapper, PreviewTokens tokens, ApiTime time) {
        this.editable = editable;
        this.deliveryMapper = deliveryMapper;
        this.tokens = tokens;
        this.time = time;
    }

    /**
     * With a token, the token decides (it must be for this article, unexpired, and its issuing key still active);
     * without one, the API key. A deleted article is 404 either way. With a pending draft, the draft's content on a
     * copy of the article that is never saved.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ArticleResponse preview(UUID id, String token, SecurityIdentity caller) {
        if (token != null) {
            tokens.verify(token, id);
        } else if (caller.isAnonymous()) {
            throw new UnauthorizedException();
        }
        Article article = editable.find(id);
        if (article.getStatus() == ArticleStatus.DELETED) {
            throw ProblemException.notFound("article", id.toString()); // a tombstone has nothing to preview
        }
        if (article.getPendingRevision() == null) {
            return deliveryMapper.toResponse(article);
        }
        return deliveryMapper.toResponse(editable.workingCopy(article,
                editable.revisionContent(article, article.getPendingRevision()), false));
    }

    /** A token for an existing article and the path to use it with. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PreviewToken issueToken(UUID id) {
        editable.find(id);
        PreviewTokens.Issued issued = tokens.issue(id);
        String path = "/api/v1/editorial/articles/" + id + "/preview?token=" + issued.token();
        return new PreviewToken(issued.token(), time.format(issued.expiresAt()), path);
    }
}
