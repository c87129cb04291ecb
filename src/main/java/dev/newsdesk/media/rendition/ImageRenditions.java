package dev.newsdesk.media.rendition;

import dev.newsdesk.config.MediaConfig;
import dev.newsdesk.media.MediaAsset;
import dev.newsdesk.media.MediaType;
import dev.newsdesk.media.api.Rendition;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * The renditions of an image: the master, and for every configured aspect ratio the configured widths that fit
 * in its crop around the focal point (no upscaling), as signed image-service URLs. Sorted by width.
 */
@ApplicationScoped
public class ImageRenditions {

    private static final Logger LOG = Logger.getLogger(ImageRenditions.class);
    private static final double CENTRE = 0.5;

    private final ImageUrlSigner signer;
    private final List<AspectRatio> ratios;
    private final List<Integer> widths;
    private final String format;
    private final String formatMimeType;

    public ImageRenditions(MediaConfig config) {
        MediaConfig.ImageService service = config.imageService();
        byte[] secret = service.secret().filter(s -> !s.isBlank())
                .map(s -> s.getBytes(StandardCharsets.UTF_8)).orElseGet(ImageRenditions::randomSecret);
        // The signer checks the template as it splits it: a typo in configuration stops the start, not every image.
        this.signer = new ImageUrlSigner(service.baseUrl(), service.pathTemplate(), secret);
        this.ratios = config.renditions().aspectRatios().stream().map(AspectRatio::parse).toList();
        this.widths = List.copyOf(new TreeSet<>(config.renditions().widths().stream()
                .filter(w -> w > 0).toList()));
        this.format = config.renditions().format().strip().toLowerCase(Locale.ROOT);
        this.formatMimeType = mimeTypeOfFormat(format);
    }

    /** Empty for anything but an image, and for an image whose master size is unknown. */
    public List<Rendition> of(MediaAsset asset) {
        Integer masterWidth = asset.getWidth();
        Integer masterHeight = asset.getHeight();
        if (asset.getType() != MediaType.IMAGE || masterWidth == null || masterHeight == null) {
            return List.of();
        }
        double fx = asset.getFocalX() == null ? CENTRE : asset.getFocalX();
        double fy = asset.getFocalY() == null ? CENTRE : asset.getFocalY();
        List<Rendition> renditions = new ArrayList<>();
        ImageUrlSigner.Source source = new ImageUrlSigner.Source(asset.getUrl());
        renditions.add(new Rendition(asset.getUrl(), masterWidth, masterHeight, masterMimeType(asset),
                AspectRatio.ORIGINAL, true));
        for (AspectRatio ratio : ratios) {
            Crop crop = Crop.around(masterWidth, masterHeight, ratio, fx, fy);
            for (int width : widthsWithin(crop.width())) {
                int height = Math.max(1, (int) Math.round((double) width * crop.height() / crop.width()));
                String canonical = signer.canonical(source, width, height, crop, format);
                renditions.add(new Rendition(signer.url(canonical), width, height, formatMimeType, ratio.name(),
                        false));
            }
        }
        // Stable order: by width, the master after the renditions of its width, ratios in configured order.
        renditions.sort(Comparator.comparingInt(Rendition::width).thenComparing(Rendition::master));
        return List.copyOf(renditions);
    }

    /** The configured widths that fit; the crop's own width when none does (a master smaller than all of them). */
    private List<Integer> widthsWithin(int cropWidth) {
        List<Integer> fitting = widths.stream().filter(w -> w <= cropWidth).toList();
        return fitting.isEmpty() ? List.of(cropWidth) : fitting;
    }

    /** The stored media type, or the one the URL's extension names; null when neither says. */
    public static String masterMimeType(MediaAsset asset) {
        if (asset.getMimeType() != null) {
            return asset.getMimeType();
        }
        String path = asset.getUrl().toLowerCase(Locale.ROOT);
        int query = path.indexOf('?');
        path = query < 0 ? path : path.substring(0, query);
        int dot = path.lastIndexOf('.');
        return dot < 0 || dot < path.lastIndexOf('/') ? null : switch (path.substring(dot + 1)) {
            case "jpg", "jpeg" -> "image/jpeg";
            case "png" -> "image/png";
            case "webp" -> "image/webp";
            case "avif" -> "image/avif";
            case "gif" -> "image/gif";
            default -> null;
        };
    }

    private static String mimeTypeOfFormat(String format) {
        return switch (format) {
            case "jpg", "jpeg" -> "image/jpeg";
            default -> "image/" + format;
        };
    }

    private static byte[] randomSecret() {
        LOG.warn("newsdesk.media.image-service.secret is not set: rendition URLs are signed with a random key that "
                + "no image service knows");
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return secret;
    }
}
