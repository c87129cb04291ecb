package dev.newsdesk.webhook;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** TEMPORARY until the change log is merged: no changes at all. */
@DefaultBean
@ApplicationScoped
public class NoChangeSource implements ChangeSource {

    @Override
    public List<Change> after(long afterSeq, int limit) {
        return List.of();
    }

    @Override
    public long headSeq() {
        return 0;
    }
}
