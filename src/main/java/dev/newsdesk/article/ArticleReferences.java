package dev.newsdesk.article;


import dev.newsdesk.article.api.ArticleSnapshot;
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
import dev.newsdesk.web.problem.Problem;
import dev.newsdesk.web.problem.ProblemCode;
import dev.newsdesk.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Resolves the ids an article refers to and sanitizes its body. Every unknown id is reported at once, each with the
 * JSON Pointer of the field that named it (422), so an editor fixes them in one round trip.
 */
@ApplicationScoped
public class ArticleReferences {

    private final SectionRepository sections;
    private final AuthorRepository authors;
    private final TagRepository tags;
    private final MediaAssetRepository media;

    public ArticleReferences(SectionRepository sections, AuthorRepository authors, TagRepository tags,
                             MediaAssetRepository media) {
        this.sections = sections;
        this.authors = authors;
        this.tags = tags;
        this.media = media;
    }

    public record Resolved(Section section, MediaAsset leadMedia, List<Author> authors, List<Tag> tags,
                           List<BodyBlock> body, MediaAsset socialImage) {
    }

    public Resolved resolve(ArticleSnapshot content) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Section section = one("/sectionId", content.sectionId(), sections::findById, "section", errors);
        MediaAsset lead = content.leadMediaId() == null ? null
                : one("/leadMediaId", content.leadMediaId(), media::findById, "media asset", errors);
        List<Author> byline = all("/authorIds", content.authorIds(), authors::findById, "author", errors);
        List<Tag> tagList = all("/tagIds", content.tagIds(), tags::findById, "tag", errors);
        MediaAsset socialImage = content.seo() == null || content.seo().socialImageId() == null ? null
                : one("/seo/socialImageId", content.seo().socialImageId(), media::findById, "media asset", errors);
        List<BodyBlock> body = BodySanitizer.sanitize(content.body());
        for (int i = 0; i < body.size(); i++) {
            BodyBlock block = body.get(i);
            if (block instanceof BodyBlock.Embed embed) {
                MediaAsset asset = one("/body/" + i + "/mediaId", embed.mediaId(), media::findById, "media asset",
                        errors);
                String wrongKind = asset == null ? null : wrongKind(embed, asset.getType());
                if (wrongKind != null) {
                    errors.add(Problem.FieldError.pointer("/body/" + i + "/mediaId", wrongKind));
                }
            } else if (emptyAfterSanitizing(block)) {
                errors.add(Problem.FieldError.pointer("/body/" + i, "nothing is left after removing disallowed markup"));
            }
        }
        if (!errors.isEmpty()) {
            String detail = errors.stream().map(e -> e.pointer() + ": " + e.message())
                    .reduce((a, b) -> a + "; " + b).orElseThrow();
            throw new ProblemException(ProblemCode.UNPROCESSABLE, detail, errors);
        }
        return new Resolved(section, lead, byline, tagList, body, socialImage);
    }

    private static <T> T one(String pointer, UUID id, Function<UUID, T> finder, String what,
                             List<Problem.FieldError> errors) {
        T found = finder.apply(id);
        if (found == null) {
            errors.add(Problem.FieldError.pointer(pointer, "no " + what + " has id " + id));
        }
        return found;
    }

    private static <T> List<T> all(String pointer, List<UUID> ids, Function<UUID, T> finder, String what,
                                   List<Problem.FieldError> errors) {
        List<T> found = new ArrayList<>();
        if (ids == null) {
            return found;
        }
        for (int i = 0; i < ids.size(); i++) {
            if (ids.indexOf(ids.get(i)) != i) {
                errors.add(Problem.FieldError.pointer(pointer + "/" + i, "listed twice"));
                continue;
            }
            T item = one(pointer + "/" + i, ids.get(i), finder, what, errors);
            if (item != null) {
                found.add(item);
            }
        }
        return found;
    }

    /** An image block shows a photo or graphic, a media block plays audio or video; null when the kinds fit. */
    private static String wrongKind(BodyBlock.Embed block, MediaType type) {
        boolean playable = type == MediaType.AUDIO || type == MediaType.VIDEO;
        if (block instanceof BodyBlock.Media && !playable) {
            return "a media block plays audio or video, not " + type.wireName() + "; use an image block";
        }
        if (block instanceof BodyBlock.Image && playable) {
            return "an image block shows a photo or graphic, not " + type.wireName() + "; use a media block";
        }
        return null;
    }

    private static boolean emptyAfterSanitizing(BodyBlock block) {
        if (block instanceof BodyBlock.Paragraph p) {
            return p.html().isBlank();
        }
        if (block instanceof BodyBlock.Heading h) {
            return h.html().isBlank();
        }
        if (block instanceof BodyBlock.Quote q) {
            return q.html().isBlank();
        }
        return block instanceof BodyBlock.ListBlock l && l.items().stream().anyMatch(String::isBlank);
    }
}
