package dev.newsdesk.syndication;

import dev.newsdesk.edition.Editions;
import dev.newsdesk.edition.LanguageNegotiation;
import dev.newsdesk.web.request.RequestParams;

/**
 * The edition a feed is in. Only an explicit lang chooses it: feeds are fetched by readers and aggregators whose
 * Accept-Language says the machine's locale, not which feed was subscribed to, and a feed URL must always name the
 * same feed (WebSub topics, aggregator deduplication). So no Vary: Accept-Language. Without lang: the default
 * edition; a feed is in one language, so lang=* is refused.
 *
 * @param language the edition (lower case)
 * @param asked    whether lang named it: then the feed's own URLs carry it
 * @param filter   the language filter of the article query: none on a site with one edition unless asked (its
 *                 feeds stay as they were before editions, as its article lists do)
 */
record FeedEdition(Editions editions, String language, boolean asked) {

    static final String UNSUPPORTED = "must be one of the editions %s (a feed is in one language)";

    /** The edition of lang, or null when lang is invalid ({@code params} then names it in its 400). */
    static FeedEdition of(RequestParams params, String lang, Editions editions) {
        if (lang == null) {
            return new FeedEdition(editions, editions.defaultLanguage(), false);
        }
        String checked = Editions.ALL.equals(lang) ? lang : params.language("lang", lang);
        if (checked == null) {
            return null;
        }
        String edition = Editions.ALL.equals(checked) ? null : LanguageNegotiation.explicit(checked, editions);
        if (edition == null) {
            params.reject("lang", UNSUPPORTED.formatted(String.join(", ", editions.languages())));
            return null;
        }
        return new FeedEdition(editions, edition, true);
    }

    String filter() {
        return asked || editions.isMultilingual() ? language : null;
    }

    /** The query string of this feed's own URLs: ?lang=ko when lang chose it, else none. */
    String query() {
        return asked ? "?lang=" + language : "";
    }
}
