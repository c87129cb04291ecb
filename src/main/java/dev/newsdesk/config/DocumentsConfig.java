package dev.newsdesk.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Stored article representations (README "Stored representations"). */
@ConfigMapping(prefix = "newsdesk.documents")
public interface DocumentsConfig {

    /** Answer GETs of articles from their stored documents; false: always render from the tables. */
    @WithDefault("true")
    boolean enabled();

    /** How often the background job renders queued documents; "off" stops it (tests render themselves). */
    String renderInterval();

    /** Queue and render every published article at start-up, logging progress: the re-render-all command. */
    @WithDefault("false")
    boolean renderAll();
}
