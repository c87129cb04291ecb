package dev.newsdesk.testing;

import dev.newsdesk.article.Article;
import dev.newsdesk.article.ArticleBodyCodec;
import dev.newsdesk.article.ArticleRepository;
import dev.newsdesk.article.ArticleStatus;
import dev.newsdesk.article.api.BodyBlock;
import dev.newsdesk.author.Author;
import dev.newsdesk.author.AuthorRepository;
import dev.newsdesk.media.MediaAsset;
import dev.newsdesk.media.MediaAssetRepository;
import dev.newsdesk.media.MediaType;
import dev.newsdesk.section.Section;
import dev.newsdesk.section.SectionRepository;
import dev.newsdesk.tag.Tag;
import dev.newsdesk.tag.TagRepository;
import dev.newsdesk.tag.TagType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test data through the real repositories. Every slug is unique per call, so tests never see each other's data
 * and can run in any order against one shared database.
 */
@ApplicationScoped
public class Fixtures {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    @Inject
    SectionRepository sections;
    @Inject
    AuthorRepository authors;
    @Inject
    TagRepository tags;
    @Inject
    MediaAssetRepository media;
    @Inject
    ArticleRepository articles;
    @Inject
    ArticleBodyCodec bodyCodec;

    /** A slug that no other fixture or test uses. */
    public static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36) + "-" + SEQUENCE.incrementAndGet();
    }

    public Section section(String name) {
        return section(name, null, 1);
    }

    public Section section(String name, Section parent, int position) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Section s = new Section();
            s.setId(UUID.randomUUID());
            s.setSlug(unique("section"));
            s.setName(name);
            s.setDescription("About " + name);
            s.setParent(parent == null ? null : sections.findById(parent.getId()));
            s.setPosition(position);
            s.setCreatedAt(now());
            s.setUpdatedAt(now());
            sections.persist(s);
            return s;
        });
    }

    public Author author(String name) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Author a = new Author();
            a.setId(UUID.randomUUID());
            a.setSlug(unique("author"));
            a.setName(name);
            a.setTitle("Correspondent");
            a.setBio(name + " reports for the newsroom.");
            a.setCreatedAt(now());
            a.setUpdatedAt(now());
            authors.persist(a);
            return a;
        });
    }

    public Tag tag(String name, TagType type) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Tag t = new Tag();
            t.setId(UUID.randomUUID());
            t.setSlug(unique("tag"));
            t.setName(name);
            t.setType(type);
            t.setCreatedAt(now());
            t.setUpdatedAt(now());
            tags.persist(t);
            return t;
        });
    }

    public MediaAsset photo(String credit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            MediaAsset m = new MediaAsset();
            m.setId(UUID.randomUUID());
            m.setType(MediaType.IMAGE);
            m.setUrl("https://media.example.com/test/" + unique("photo") + ".jpg");
            m.setWidth(1600);
            m.setHeight(900);
            m.setAltText("A test photo");
            m.setCaption("Caption of the test photo");
            m.setCredit(credit);
            m.setCopyright("© 2019 Test Agency");
            m.setSource("Test Agency");
            m.setFocalX(0.5);
            m.setFocalY(0.25);
            m.setCreatedAt(now());
            m.setUpdatedAt(now());
            media.persist(m);
            return m;
        });
    }

    public ArticleBuilder article(Section section) {
        return new ArticleBuilder(section);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** Builds an article, published an hour ago unless told otherwise. */
    public final class ArticleBuilder {

        private final Section section;
        private String headline = "A test headline";
        private String standfirst;
        private String language = "en";
        private ArticleStatus status = ArticleStatus.PUBLISHED;
        private Instant firstPublishedAt = now().minus(1, ChronoUnit.HOURS);
        private Instant publishedAt;
        private Instant updatedAt;
        private Instant expiresAt;
        private int revision = 1;
        private MediaAsset leadMedia;
        private final List<Author> byline = new ArrayList<>();
        private final List<Tag> tagList = new ArrayList<>();
        private List<BodyBlock> body = List.of(new BodyBlock.Paragraph("First paragraph of the story."));

        private ArticleBuilder(Section section) {
            this.section = section;
        }

        public ArticleBuilder headline(String value) { headline = value; return this; }
        public ArticleBuilder standfirst(String value) { standfirst = value; return this; }
        public ArticleBuilder language(String value) { language = value; return this; }
        public ArticleBuilder status(ArticleStatus value) { status = value; return this; }
        public ArticleBuilder firstPublishedAt(Instant value) { firstPublishedAt = value; return this; }
        public ArticleBuilder publishedAt(Instant value) { publishedAt = value; return this; }
        public ArticleBuilder updatedAt(Instant value) { updatedAt = value; return this; }
        public ArticleBuilder expiresAt(Instant value) { expiresAt = value; return this; }
        public ArticleBuilder revision(int value) { revision = value; return this; }
        public ArticleBuilder leadMedia(MediaAsset value) { leadMedia = value; return this; }
        public ArticleBuilder authors(Author... values) { byline.addAll(List.of(values)); return this; }
        public ArticleBuilder tags(Tag... values) { tagList.addAll(List.of(values)); return this; }
        public ArticleBuilder body(BodyBlock... blocks) { body = List.of(blocks); return this; }

        public Article create() {
            return QuarkusTransaction.requiringNew().call(() -> {
                Article a = new Article();
                a.setId(UUID.randomUUID());
                a.setSlug(unique("story"));
                a.setHeadline(headline);
                a.setStandfirst(standfirst == null ? "Standfirst of " + headline : standfirst);
                a.setLanguage(language);
                a.setSection(sections.findById(section.getId()));
                a.setAuthors(byline.stream().map(x -> authors.findById(x.getId())).toList());
                a.setTags(tagList.stream().map(x -> tags.findById(x.getId())).toList());
                a.setLeadMedia(leadMedia == null ? null : media.findById(leadMedia.getId()));
                a.setBodyJson(bodyCodec.write(body));
                a.setStatus(status);
                // firstPublishedAt(null): an article readers never saw (a draft, or a first publication still ahead).
                Instant reference = firstPublishedAt == null ? now() : firstPublishedAt;
                a.setCreatedAt(reference.minus(30, ChronoUnit.MINUTES));
                a.setFirstPublishedAt(firstPublishedAt);
                a.setPublishedAt(publishedAt == null ? firstPublishedAt : publishedAt);
                a.setUpdatedAt(updatedAt == null ? reference : updatedAt);
                a.setExpiresAt(expiresAt);
                a.setRevision(revision);
                articles.persist(a);
                return a;
            });
        }
    }
}
