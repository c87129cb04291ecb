package dev.newsdesk.article;

import dev.newsdesk.web.cache.RenderedBody;
import java.util.List;

/**
 * An article document as a delivery answer: its bytes and what a render would say about its language for a request
 * that names none (Content-Language, whether the answer varies with Accept-Language, the alternates' Link values).
 */
public record StoredArticle(RenderedBody body, String language, boolean varyOnLanguage, List<String> links) {
}
