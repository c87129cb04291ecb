package dev.newsdesk.web.cache;

/**
 * Work that follows an HTTP write once it has committed, on the writer's request, before its response is sent
 * (stored representations rendered again). Called by {@link HttpCachingFilters} after it emptied the instance's
 * cache; an implementation must not fail the response: the write has committed already.
 */
public interface AfterCommittedWrite {

    void afterCommittedWrite();
}
