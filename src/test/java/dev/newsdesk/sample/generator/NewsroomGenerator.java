package dev.newsdesk.sample.generator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.article.ArticleBodyText;
import dev.newsdesk.article.api.BodyBlock;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Generates a deterministic newsroom of any size: the same seed, prefix and size give the same rows, byte for byte.
 * Each row comes from its own random stream (seed and row number), so rows do not depend on generation order.
 * Shape: 10 sections with 2 subsections each, one author per 2,500 articles (20 to 2,000), one tag per 500 articles
 * (50 to 5,000, popularity skewed like real tags), a lead photo per article, 1 or 2 authors and 2 to 5 tags per
 * article, bodies of 6 to 12 paragraphs (about 4 kB of JSON), one article a minute-ish back from 2026-11-01 over
 * up to 15 years; 2% drafts and 1% unpublished, the rest published.
 */
public final class NewsroomGenerator {

    static final Instant NEWEST = Instant.parse("2026-11-01T00:00:00Z");
    static final Duration SPAN = Duration.ofDays(365L * 15);
    private static final String[] ROOTS = {"world", "politics", "business", "technology", "science", "health",
            "sport", "culture", "opinion", "travel"};
    private static final String[] CHILDREN = {"asia", "europe", "markets", "companies", "ai", "space", "nutrition",
            "research", "football", "baseball", "film", "books", "columns", "letters", "korea", "japan", "climate",
            "energy", "music", "food"};
    private static final String[] WORDS = ("port harbour minister council budget market shares growth election "
            + "vote coalition talks workers union strike cargo ships ferry island coast storm rain summer winter "
            + "season league final coach players stadium fans record museum gallery festival film director actor "
            + "novel author research scientists study data model climate carbon energy solar wind grid battery "
            + "city mayor residents housing rents transport subway bus rail airport flights tourism visitors "
            + "hospital doctors patients vaccine clinic school teachers students exam university court judge "
            + "police report agency officials statement plan policy reform tax rates bank inflation exports "
            + "imports factory chips software startup investors network phone privacy security border talks "
            + "summit leaders agreement treaty ocean fishing farmers harvest rice prices markets week month year "
            + "morning evening night region province capital district village river mountain bridge tunnel")
            .split(" ");
    private static final String[] FIRST = {"Min-ji", "Daniel", "Seo-yeon", "Amara", "Hiroshi", "Lucia", "Tomasz",
            "Priya", "Jae-won", "Elena", "Kwame", "Sofia", "Ha-eun", "Mateo", "Yuki", "Ines"};
    private static final String[] LAST = {"Park", "Okafor", "Lee", "Kim", "Tanaka", "Rossi", "Nowak", "Sharma",
            "Choi", "Garcia", "Mensah", "Silva", "Jung", "Lopez", "Sato", "Moreau"};
    private static final String[] TAG_TYPES = {"TOPIC", "TOPIC", "TOPIC", "PERSON", "ORGANIZATION", "PLACE"};
    private static final ObjectWriter BODY = new ObjectMapper().writerFor(new TypeReference<List<BodyBlock>>() {
    });

    private final long seed;
    private final String prefix;
    private final int articles;
    private final int authors;
    private final int tags;

    public NewsroomGenerator(long seed, String prefix, int articles) {
        this.seed = seed;
        this.prefix = prefix;
        this.articles = articles;
        this.authors = Math.min(2000, Math.max(20, articles / 2500));
        this.tags = Math.min(5000, Math.max(50, articles / 500));
    }

    public int sections() {
        return ROOTS.length * 3;
    }

    public int authors() {
        return authors;
    }

    public int tags() {
        return tags;
    }

    /** Writes every table in foreign-key order; the caller owns the transaction. */
    public void writeTo(Connection connection) throws SQLException {
        Instant stamp = NEWEST.minus(SPAN).minus(Duration.ofDays(1));
        try (RowSink out = RowSink.open(connection, "section", List.of("id", "slug", "name", "description",
                "parent_id", "position", "created_at", "updated_at"))) {
            for (int i = 0; i < sections(); i++) {
                String slug = sectionSlug(i);
                Integer parent = i < ROOTS.length ? null : (i - ROOTS.length) / 2;
                out.row(id("section", i), slug, capitalize(slug.substring(prefix.length() + 1).replace('-', ' ')),
                        "News about " + slug, parent == null ? null : id("section", parent), i % 3, stamp, stamp);
            }
        }
        try (RowSink out = RowSink.open(connection, "author", List.of("id", "slug", "name", "title", "bio",
                "created_at", "updated_at"))) {
            for (int i = 0; i < authors; i++) {
                String name = FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length];
                out.row(id("author", i), prefix + "-author-" + i, name, i % 5 == 0 ? "Correspondent" : "Reporter",
                        name + " reports for the newsroom.", stamp, stamp);
            }
        }
        try (RowSink out = RowSink.open(connection, "tag", List.of("id", "slug", "name", "type", "created_at",
                "updated_at"))) {
            for (int i = 0; i < tags; i++) {
                String word = WORDS[i % WORDS.length];
                out.row(id("tag", i), prefix + "-tag-" + i + "-" + word, capitalize(word) + " " + i,
                        TAG_TYPES[i % TAG_TYPES.length], stamp, stamp);
            }
        }
        try (RowSink out = RowSink.open(connection, "media_asset", List.of("id", "type", "url", "width", "height",
                "alt_text", "caption", "credit", "copyright", "source", "focal_x", "focal_y", "created_at",
                "updated_at"))) {
            for (int i = 0; i < articles; i++) {
                Instant at = publishedAt(i);
                out.row(id("media", i), "IMAGE", "https://media.example.com/gen/" + prefix + "/" + i + ".jpg", 1600,
                        900, "Photo for story " + i, "Scene from story " + i, "Photo : Newsdesk Agency " + (i % 40),
                        "© Newsdesk Agency", "Newsdesk Agency", 0.5, 0.4, at, at);
            }
        }
        try (RowSink article = RowSink.open(connection, "article", List.of("id", "slug", "headline", "standfirst",
                "body", "body_text", "language", "section_id", "lead_media_id", "status", "created_at", "published_at",
                "first_published_at", "updated_at", "expires_at", "revision", "version"))) {
            for (int i = 0; i < articles; i++) {
                writeArticle(i, article);
            }
        }
        try (RowSink byline = RowSink.open(connection, "article_author", List.of("article_id", "position",
                "author_id"))) {
            for (int i = 0; i < articles; i++) {
                int position = 0;
                for (int author : authorsOf(i)) {
                    byline.row(id("article", i), position++, id("author", author));
                }
            }
        }
        try (RowSink tagged = RowSink.open(connection, "article_tag", List.of("article_id", "position", "tag_id",
                "published_at"))) {
            for (int i = 0; i < articles; i++) {
                int position = 0;
                // The tag timeline holds published articles only (see ArticleTag); none of them expires.
                Instant published = status(i).equals("PUBLISHED") ? publishedAt(i) : null;
                for (int tag : tagsOf(i)) {
                    tagged.row(id("article", i), position++, id("tag", tag), published);
                }
            }
        }
    }

    private void writeArticle(int i, RowSink out) throws SQLException {
        SplittableRandom r = random("article", i);
        String headline = capitalize(sentence(r, 6 + r.nextInt(6)));
        String status = status(i);
        boolean draft = status.equals("DRAFT");
        Instant published = publishedAt(i);
        Instant updated = r.nextInt(4) == 0 ? published.plusSeconds(600 + r.nextInt(7200)) : published;
        String body = body(i, r);
        // The search text is written with the body, as the application does on every write: no start-up backfill.
        out.row(id("article", i), prefix + "-" + i + "-" + slugWords(headline), headline,
                capitalize(sentence(r, 14 + r.nextInt(10))) + ".", body, ArticleBodyText.extract(body),
                i % 10 == 0 ? "ko" : "en",
                id("section", sectionOf(i)), id("media", i), status, published.minusSeconds(1800),
                draft ? null : published, draft ? null : published, updated, null, 1 + r.nextInt(3), 0);
    }

    /** One article in 50 is a draft that was never published, one in 100 was unpublished. */
    String status(int i) {
        return i % 50 == 7 ? "DRAFT" : i % 100 == 13 ? "UNPUBLISHED" : "PUBLISHED";
    }

    /** Articles go back in time from {@link #NEWEST}, evenly spread over at most 15 years, at least a second apart. */
    Instant publishedAt(int i) {
        long step = Math.max(1000, SPAN.toMillis() / Math.max(1, articles));
        return NEWEST.minusMillis(step * i + random("time", i).nextLong(step / 2));
    }

    /** Uniform over the 30 sections: a root section, with its two subsections, holds about a tenth of everything. */
    int sectionOf(int i) {
        return random("section", i).nextInt(sections());
    }

    List<Integer> authorsOf(int i) {
        SplittableRandom r = random("authors", i);
        Set<Integer> picked = new LinkedHashSet<>();
        int count = 1 + (r.nextInt(4) == 0 ? 1 : 0);
        while (picked.size() < count) {
            picked.add(r.nextInt(authors));
        }
        return new ArrayList<>(picked);
    }

    /** 2 to 5 distinct tags, skewed so the first tags are on a few percent of all articles, the last on very few. */
    List<Integer> tagsOf(int i) {
        SplittableRandom r = random("tags", i);
        Set<Integer> picked = new LinkedHashSet<>();
        int count = 2 + r.nextInt(4);
        while (picked.size() < count) {
            picked.add((int) (tags * Math.pow(r.nextDouble(), 2.5)));
        }
        return new ArrayList<>(picked);
    }

    String sectionSlug(int i) {
        return prefix + "-" + (i < ROOTS.length ? ROOTS[i] : CHILDREN[i - ROOTS.length]);
    }

    UUID id(String kind, int i) {
        return UUID.nameUUIDFromBytes((prefix + ":" + kind + ":" + i).getBytes(StandardCharsets.UTF_8));
    }

    private String body(int i, SplittableRandom r) {
        List<BodyBlock> blocks = new ArrayList<>();
        int paragraphs = 6 + r.nextInt(7);
        for (int p = 0; p < paragraphs; p++) {
            if (p == 3) {
                blocks.add(new BodyBlock.Heading(2, capitalize(sentence(r, 4))));
            }
            if (p == 5 && r.nextBoolean()) {
                blocks.add(new BodyBlock.Quote(capitalize(sentence(r, 12)) + ".", FIRST[r.nextInt(FIRST.length)]
                        + " " + LAST[r.nextInt(LAST.length)]));
            }
            if (p == 2) {
                blocks.add(new BodyBlock.Image(id("media", i), null, null));
            }
            StringBuilder text = new StringBuilder();
            int sentences = 3 + r.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                text.append(s == 0 ? "" : " ").append(capitalize(sentence(r, 10 + r.nextInt(10)))).append('.');
            }
            blocks.add(new BodyBlock.Paragraph(text.toString()));
        }
        try {
            return BODY.writeValueAsString(blocks);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private SplittableRandom random(String stream, int i) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + stream.hashCode() * 31L + i);
    }

    private static String sentence(SplittableRandom r, int words) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < words; w++) {
            s.append(w == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
        }
        return s.toString();
    }

    private static String slugWords(String headline) {
        String[] words = headline.toLowerCase().split(" ");
        return String.join("-", List.of(words).subList(0, Math.min(5, words.length)));
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
