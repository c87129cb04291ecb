package dev.newsdesk.article;

import dev.newsdesk.article.api.NewsArticleJsonLd;
import dev.newsdesk.author.AuthorMapper;
import dev.newsdesk.edition.DisplayLanguage;
import dev.newsdesk.edition.EditionService;
import dev.newsdesk.media.MediaAsset;
import dev.newsdesk.media.MediaMapper;
import dev.newsdesk.slug.SitePaths;
import dev.newsdesk.web.request.ApiTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds the schema.org NewsArticle of an article (include=jsonLd), so front ends need no mapping of their own. */
@ApplicationScoped
public class ArticleJsonLd {

    private final ApiTime time;
    private final ArticleMapper mapper;
    private final MediaMapper media;
    private final Clock clock;
    private final AuthorMapper authors;
    private final EditionService editions;

    public ArticleJsonLd(ApiTime time, ArticleMapper mapper, MediaMapper media, Clock clock, AuthorMapper authors,
                         EditionService editions) {
        this.authors = authors;
        this.editions = editions;
        this.time = time;
        this.mapper = mapper;
        this.media = media;
        this.clock = clock;
    }

    public NewsArticleJsonLd of(Article a, SitePaths.Site site) {
        // Out of their usage rights, pictures leave the structured data as they leave the rest of the article.
        Instant now = clock.instant();
        List<String> images = new ArrayList<>();
        MediaAsset social = ArticleMapper.socialImage(a);
        if (social != null && media.isDelivered(social, now)) {
            images.add(social.getUrl());
        }
        MediaAsset lead = a.getLeadMedia();
        if (ArticleMapper.isPicture(lead) && media.isDelivered(lead, now)
                && (social == null || !lead.getId().equals(social.getId()))) {
            images.add(lead.getUrl());
        }
        // The byline as the article shows it: names in the article's own language (inLanguage).
        DisplayLanguage display = DisplayLanguage.of(editions.current(), a.getLanguage());
        List<NewsArticleJsonLd.Person> byline = a.getAuthors().stream()
                .map(au -> new NewsArticleJsonLd.Person("Person", authors.toRef(au, display).name(),
                        site.url(SitePaths.author(au.getSlug()))))
                .toList();
        // A preview of a never-published article has no first publication yet: its creation stands in.
        var published = a.getFirstPublishedAt() != null ? a.getFirstPublishedAt() : a.getCreatedAt();
        return new NewsArticleJsonLd(NewsArticleJsonLd.CONTEXT, "NewsArticle", a.getHeadline(),
                a.getSeo().descriptionOr(a.getStandfirst()), images, a.getLanguage(),
                time.format(published), time.format(a.getUpdatedAt()), byline,
                new NewsArticleJsonLd.Organization("NewsMediaOrganization", site.name(), site.baseUrl(),
                        site.logoUrl() == null ? null : new NewsArticleJsonLd.ImageObject("ImageObject",
                                site.logoUrl(), site.logoWidth(), site.logoHeight())),
                new NewsArticleJsonLd.WebPage("WebPage", site.url(mapper.canonicalPath(a))));
    }
}
