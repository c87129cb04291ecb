package dev.newsdesk.media.rendition;

/** A rectangle of the master image in pixels: left and top edges, width and height. Always inside the master. */
public record Crop(int left, int top, int width, int height) {

    public int right() {
        return left + width;
    }

    public int bottom() {
        return top + height;
    }

    /**
     * The largest crop of the aspect ratio that fits the master, centred on the focal point as far as the edges
     * allow: a focal point at 0 or 1 puts the crop against that edge, never beyond it.
     * The "original" ratio is the whole master.
     */
    public static Crop around(int masterWidth, int masterHeight, AspectRatio ratio, double focalX, double focalY) {
        if (ratio.isOriginal()) {
            return new Crop(0, 0, masterWidth, masterHeight);
        }
        int width;
        int height;
        // Compare masterWidth/masterHeight with ratio w/h in integers to avoid rounding on exact ratios.
        if ((long) masterWidth * ratio.height() >= (long) masterHeight * ratio.width()) {
            height = masterHeight;
            width = (int) Math.min(masterWidth, Math.round((double) masterHeight * ratio.width() / ratio.height()));
        } else {
            width = masterWidth;
            height = (int) Math.min(masterHeight, Math.round((double) masterWidth * ratio.height() / ratio.width()));
        }
        width = Math.max(1, width);
        height = Math.max(1, height);
        int left = clamp((int) Math.round(focalX * masterWidth - width / 2.0), masterWidth - width);
        int top = clamp((int) Math.round(focalY * masterHeight - height / 2.0), masterHeight - height);
        return new Crop(left, top, width, height);
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(value, max));
    }
}
