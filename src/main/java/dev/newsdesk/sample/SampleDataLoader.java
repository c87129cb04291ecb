package dev.newsdesk.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.article.Article;
import dev.newsdesk.article.ArticleBodyCodec;
import dev.newsdesk.article.ArticleRepository;
import dev.newsdesk.article.ArticleStatus;
import dev.newsdesk.article.api.BodyBlock;
import dev.newsdesk.author.Author;
import dev.newsdesk.author.AuthorRepository;
import dev.newsdesk.config.NewsdeskConfig;
import dev.newsdesk.edition.EditionService;
import dev.newsdesk.edition.TranslationsJson;
import dev.newsdesk.media.MediaAsset;
import dev.newsdesk.media.MediaAssetRepository;
import dev.newsdesk.media.MediaTracks;
import dev.newsdesk.media.MediaType;
import dev.newsdesk.section.Section;
import dev.newsdesk.section.SectionRepository;
import dev.newsdesk.seo.Robots;
import dev.newsdesk.site.api.MenuItemInput;
import dev.newsdesk.site.api.Notice;
import dev.newsdesk.site.api.SiteUpdateRequest;
import dev.newsdesk.slug.SlugChanges;
import dev.newsdesk.slug.SlugKind;
import dev.newsdesk.tag.Tag;
import dev.newsdesk.tag.TagRepository;
import dev.newsdesk.tag.TagType;
import dev.newsdesk.web.cache.EntityTags;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Fills an empty database with a small sample newsroom, so a newcomer's first request returns real-looking
 * articles. Ids derive from slugs, so the README's example URLs work on every fresh install.
 */
@ApplicationScoped
public class SampleDataLoader {

    private static final Logger LOG = Logger.getLogger(SampleDataLoader.class);
    private static final String RESOURCE = "sample/newsroom.json";
    private static final String EDITIONS = "sample/editions.json";

    private final NewsdeskConfig config;
    private final String dbKind;
    private final ObjectMapper json;
    private final ArticleBodyCodec bodyCodec;
    private final SectionRepository sections;
    private final AuthorRepository authors;
    private final TagRepository tags;
    private final MediaAssetRepository media;
    private final MediaTracks mediaTracks;
    private final ArticleRepository articles;
    private final SampleCuration curation;
    private final SlugChanges slugChanges;
    private final EditionService editions;
    private final TranslationsJson translations;

    public SampleDataLoader(NewsdeskConfig config, @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind,
                            ObjectMapper json, ArticleBodyCodec bodyCodec, SectionRepository sections,
                            AuthorRepository authors, TagRepository tags, MediaAssetRepository media,
                            MediaTracks mediaTracks, ArticleRepository articles, SampleCuration curation,
                            SlugChanges slugChanges, EditionService editions, TranslationsJson translations) {
        this.editions = editions;
        this.translations = translations;
        this.config = config;
        this.mediaTracks = mediaTracks;
        this.dbKind = dbKind;
        this.json = json;
        this.bodyCodec = bodyCodec;
        this.sections = sections;
        this.authors = authors;
        this.tags = tags;
        this.media = media;
        this.articles = articles;
        this.curation = curation;
        this.slugChanges = slugChanges;
    }

    void onStart(@Observes StartupEvent event) {
        boolean enabled = config.sampleData().enabled().orElse("h2".equals(dbKind));
        if (enabled) {
            loadIfEmpty();
        }
    }

    /** Loads the sample newsroom unless the database already holds articles; returns the number loaded. */
    @Transactional
    public int loadIfEmpty() {
        if (articles.count() > 0) {
            return 0;
        }
        SampleNewsroom.SampleEditions translated = read(EDITIONS, SampleNewsroom.SampleEditions.class);
        // First: the site's translations name editions, and are checked against them.
        editions.update(EntityTags.ExpectedVersion.any(), translated.editions());
        SampleNewsroom sample = withTranslations(read(RESOURCE, SampleNewsroom.class), translated);
        Map<String, Section> sectionsBySlug = new HashMap<>();
        for (SampleNewsroom.SampleSection s : sample.sections()) {
            Section section = new Section();
            section.setId(id("section", s.slug()));
            section.setSlug(s.slug());
            section.setName(s.name());
            section.setParent(s.parent() == null ? null : sectionsBySlug.get(s.parent()));
            section.setPosition(s.position());
            section.setTranslationsJson(translations.write(translated.sections().get(s.slug())));
            stamp(section::setCreatedAt, section::setUpdatedAt);
            sections.persist(section);
            sectionsBySlug.put(s.slug(), section);
        }
        Map<String, Author> authorsBySlug = new HashMap<>();
        for (SampleNewsroom.SampleAuthor a : sample.authors()) {
            Author author = new Author();
            author.setId(id("author", a.slug()));
            author.setSlug(a.slug());
            author.setName(a.name());
            author.setTitle(a.title());
            author.setBio(a.bio());
            author.setTranslationsJson(translations.write(translated.authors().get(a.slug())));
            stamp(author::setCreatedAt, author::setUpdatedAt);
            authors.persist(author);
            authorsBySlug.put(a.slug(), author);
        }
        Map<String, Tag> tagsBySlug = new HashMap<>();
        for (SampleNewsroom.SampleTag t : sample.tags()) {
            Tag tag = new Tag();
            tag.setId(id("tag", t.slug()));
            tag.setSlug(t.slug());
            tag.setName(t.name());
            tag.setType(TagType.valueOf(t.type().toUpperCase(Locale.ROOT)));
            tag.setTranslationsJson(translations.write(translated.tags().get(t.slug())));
            stamp(tag::setCreatedAt, tag::setUpdatedAt);
            tags.persist(tag);
            tagsBySlug.put(t.slug(), tag);
        }
        Map<String, MediaAsset> mediaByKey = new HashMap<>();
        for (SampleNewsroom.SampleMedia m : sample.media()) {
            MediaAsset asset = new MediaAsset();
            asset.setId(id("media", m.key()));
            asset.setType(MediaType.valueOf(m.type().toUpperCase(Locale.ROOT)));
            asset.setUrl(m.url());
            asset.setWidth(m.width());
            asset.setHeight(m.height());
            asset.setAltText(m.altText());
            asset.setCaption(m.caption());
            asset.setCredit(m.credit());
            asset.setCreditLine(m.creditLine());
            asset.setCopyright(m.copyright());
            asset.setSource(m.source());
            if (m.focalPoint() != null) {
                asset.setFocalX(m.focalPoint().x());
                asset.setFocalY(m.focalPoint().y());
            }
            asset.setMimeType(m.mimeType());
            asset.setSizeBytes(m.sizeBytes());
            asset.setDurationSeconds(m.durationSeconds());
            asset.setTracksJson(mediaTracks.write(m.tracks()));
            asset.setPoster(m.poster() == null ? null : mediaByKey.get(m.poster()));
            if (m.rights() != null) {
                asset.setUsageTerms(m.rights().usageTerms());
                asset.setRightsValidFrom(m.rights().validFrom() == null ? null : m.rights().validFrom().toInstant());
                asset.setRightsValidUntil(m.rights().validUntil() == null ? null : m.rights().validUntil().toInstant());
                asset.setSyndicationAllowed(m.rights().syndicationAllowed());
            }
            stamp(asset::setCreatedAt, asset::setUpdatedAt);
            media.persist(asset);
            mediaByKey.put(m.key(), asset);
        }
        for (SampleNewsroom.SampleArticle a : sample.articles()) {
            Article article = new Article();
            article.setId(id("article", a.slug()));
            article.setSlug(a.slug());
            article.setHeadline(a.headline());
            article.setStandfirst(a.standfirst());
            article.setLanguage(a.language());
            article.setSection(sectionsBySlug.get(a.section()));
            article.setAuthors(a.authors().stream().map(authorsBySlug::get).toList());
            article.setTags(a.tags().stream().map(tagsBySlug::get).toList());
            article.setLeadMedia(mediaByKey.get(a.leadMedia()));
            article.setBodyJson(bodyCodec.write(body(a.body(), mediaByKey)));
            article.setStatus(ArticleStatus.PUBLISHED);
            article.setCreatedAt(a.createdAt().toInstant());
            article.setFirstPublishedAt(a.firstPublishedAt().toInstant());
            article.setPublishedAt(a.firstPublishedAt().toInstant());
            article.setUpdatedAt(a.updatedAt().toInstant());
            article.setRevision(a.revision());
            article.editSeo().setRobots(Robots.store(a.robots(), "/robots"));
            if (a.translationOf() != null) {
                // Translations follow their sources in the file; synced before the source's update: stale.
                Article source = articles.findById(id("article", a.translationOf()));
                article.setTranslationGroup(source.groupId());
                article.setTranslationSourceId(source.getId());
                article.setTranslationSyncedAt(a.syncedAt() == null ? a.updatedAt().toInstant()
                        : a.syncedAt().toInstant());
            }
            articles.persist(article);
            // Renamed after it went live: its old slugs lead here, as if editors had changed the slug.
            for (String former : a.formerSlugs() == null ? List.<String>of() : a.formerSlugs()) {
                slugChanges.renamed(SlugKind.ARTICLE, article.getId(), former, a.slug());
            }
        }
        curation.load(sample, slug -> id("article", slug));
        LOG.infof("Loaded the sample newsroom: %d articles in %d sections", sample.articles().size(),
                sample.sections().size());
        return sample.articles().size();
    }

    /** Sample image and media blocks name a media key; stored blocks carry the media id. */
    private List<BodyBlock> body(List<com.fasterxml.jackson.databind.JsonNode> blocks, Map<String, MediaAsset> mediaByKey) {
        return blocks.stream().map(node -> {
            ObjectNode block = node.deepCopy();
            if (block.has("media")) {
                block.put("mediaId", mediaByKey.get(block.remove("media").asText()).getId().toString());
            }
            return json.convertValue(block, BodyBlock.class);
        }).toList();
    }

    /**
     * The newsroom with the other editions' parts joined in: menu labels and notice texts in their entries, the
     * site name's translations, the translated articles after their sources.
     */
    private static SampleNewsroom withTranslations(SampleNewsroom sample, SampleNewsroom.SampleEditions translated) {
        SiteUpdateRequest site = sample.site();
        SampleNewsroom.SiteEditions extra = translated.site();
        SiteUpdateRequest localized = new SiteUpdateRequest(site.name(), site.baseUrl(), site.defaultLanguage(),
                labelled(site.navigation(), extra.menuLabels()), site.notices().stream()
                .map(n -> new Notice(n.key(), n.text(), n.linkLabel(), n.linkUrl(), n.dismissible(),
                        extra.notices().get(n.key()))).toList(), site.publisherLogo(), extra.translations());
        List<SampleNewsroom.SampleArticle> articles = new ArrayList<>(sample.articles());
        articles.addAll(translated.articles());
        return new SampleNewsroom(sample.sections(), sample.authors(), sample.tags(), sample.media(), articles,
                localized, sample.collections(), sample.related());
    }

    private static List<MenuItemInput> labelled(List<MenuItemInput> items, Map<String, Map<String, String>> labels) {
        return items == null ? null : items.stream().map(i -> new MenuItemInput(i.label(), i.section(), i.url(),
                labelled(i.children(), labels), labels.get(i.label()))).toList();
    }

    private <T> T read(String resource, Class<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the application");
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UUID id(String kind, String key) {
        return UUID.nameUUIDFromBytes((kind + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    private static void stamp(java.util.function.Consumer<Instant> created, java.util.function.Consumer<Instant> updated) {
        Instant loaded = Instant.parse("2019-04-20T00:00:00Z");
        created.accept(loaded);
        updated.accept(loaded);
    }
}
