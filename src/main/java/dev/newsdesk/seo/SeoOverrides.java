package dev.newsdesk.seo;

import dev.newsdesk.media.MediaAsset;
import dev.newsdesk.seo.api.SeoInput;
import dev.newsdesk.text.RichText;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * What editors set for search engines and social networks on an article or a section (same columns on both
 * tables): null fields take the owner's default when served (headline or name, standfirst or description).
 */
@Embeddable
public class SeoOverrides {

    @Column(name = "seo_title", length = 200)
    private String title;

    @Column(name = "seo_description", length = 500)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "social_image_id")
    private MediaAsset socialImage;

    /** Robots directives separated by commas ({@link Robots}); null for none. */
    @Column(length = 200)
    private String robots;

    /** Replaces every override with what editors sent (null: all defaults); the image is resolved by the caller. */
    public void apply(SeoInput seo, MediaAsset image) {
        title = seo == null ? null : blankToNull(RichText.plain(seo.title()));
        description = seo == null ? null : blankToNull(RichText.plain(seo.description()));
        socialImage = image;
        robots = seo == null ? null : Robots.store(seo.robots(), "/seo/robots");
    }

    /** As editors set them, without defaults. */
    public SeoInput toInput() {
        return new SeoInput(title, description, socialImage == null ? null : socialImage.getId(),
                Robots.read(robots));
    }

    public String titleOr(String fallback) {
        return title != null ? title : fallback;
    }

    public String descriptionOr(String fallback) {
        return description != null ? description : fallback;
    }

    public MediaAsset getSocialImage() { return socialImage; }
    public String getRobots() { return robots; }
    /** Sample data writes its directives as stored; editors go through {@link #apply}. */
    public void setRobots(String robots) { this.robots = robots; }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
