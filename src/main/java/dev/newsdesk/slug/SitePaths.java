package dev.newsdesk.slug;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Set;

/**
 * The site paths of pages that are not section paths, and absolute URLs. Articles live under their section's path
 * ({@code /international/asia-pacific/<slug>}), sections at theirs; authors, tags and collections under a fixed first
 * segment, which is why no section may take one of those as its slug.
 * <p>
 * The base URL and name are read from the site settings row with one small query: sections and articles need them,
 * and the site feature, whose menu names sections, cannot be a dependency of sections.
 */
@ApplicationScoped
public class SitePaths {

    public static final String AUTHORS = "authors";
    public static final String TAGS = "tags";
    public static final String COLLECTIONS = "collections";
    /** First path segments that belong to the pages above, never to a section. */
    public static final Set<String> RESERVED_SECTION_SLUGS = Set.of(AUTHORS, TAGS, COLLECTIONS);

    private final EntityManager em;

    public SitePaths(EntityManager em) {
        this.em = em;
    }

    public static String author(String slug) {
        return "/" + AUTHORS + "/" + slug;
    }

    public static String tag(String slug) {
        return "/" + TAGS + "/" + slug;
    }

    public static String collection(String slug) {
        return "/" + COLLECTIONS + "/" + slug;
    }

    /** The site's name and base URL (no trailing slash), as the site settings hold them now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Site site() {
        Object[] row = (Object[]) em.createNativeQuery("select name, base_url, publisher_logo_url, "
                + "publisher_logo_width, publisher_logo_height from site_settings where id = 'site'").getSingleResult();
        return new Site((String) row[0], (String) row[1], (String) row[2], number(row[3]), number(row[4]));
    }

    private static Integer number(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    /**
     * The site's name and base URL; {@link #url} joins a site path to it. The publisher logo (URL and size in
     * pixels) is null when none is set.
     */
    public record Site(String name, String baseUrl, String logoUrl, Integer logoWidth, Integer logoHeight) {
        public String url(String path) {
            return baseUrl + path;
        }
    }
}
