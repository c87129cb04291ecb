package dev.newsdesk.article;

import dev.newsdesk.media.MediaAsset;
import dev.newsdesk.media.RightsStatus;
import dev.newsdesk.web.problem.Problem;
import dev.newsdesk.web.problem.ProblemCode;
import dev.newsdesk.web.problem.ProblemException;
import dev.newsdesk.web.request.ApiTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Publishing refuses an article whose lead image readers could not see when it goes live: it would appear without
 * its lead photo. Body images out of rights do not block publishing; they are left out of the body, as they are
 * when their rights end later.
 */
@ApplicationScoped
public class LeadMediaRights {

    private final ApiTime time;

    public LeadMediaRights(ApiTime time) {
        this.time = time;
    }

    /** Throws 409 MEDIA_OUT_OF_RIGHTS, naming /leadMediaId, unless the lead media is in rights at goLive. */
    public void requireActive(Article article, Instant goLive) {
        MediaAsset lead = article.getLeadMedia();
        if (lead == null) {
            return;
        }
        String reason = switch (RightsStatus.of(lead, goLive)) {
            case ACTIVE -> null;
            case PENDING -> "its usage rights start only at " + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.format(lead.getRightsValidFrom()));
            case EXPIRED -> "its usage rights ended at " + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.format(lead.getRightsValidUntil()));
        };
        if (reason == null) {
            return;
        }
        String message = "lead media " + lead.getId() + " cannot be shown when the article goes live: " + reason;
        throw new ProblemException(ProblemCode.MEDIA_OUT_OF_RIGHTS, "The article cannot be published: " + message
                + ". Choose another lead image or extend its rights.",
                List.of(Problem.FieldError.pointer("/leadMediaId", message)));
    }
}
