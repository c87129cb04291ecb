package dev.newsdesk.site;

/**
 * Fired synchronously, inside the updating transaction, when the site's base URL changed: every article shows it
 * (its canonical URL), so stored article representations no longer hold.
 */
public record SiteChanged(String baseUrl) {
}
