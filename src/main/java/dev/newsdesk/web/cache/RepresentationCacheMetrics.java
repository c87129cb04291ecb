package dev.newsdesk.web.cache;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.function.ToDoubleFunction;

/**
 * The per-instance cache on /q/metrics, under Micrometer's usual cache meter names with {@code cache="representations"}:
 * hits and misses ({@code cache_gets_total}), the hit ratio, evictions and the bytes they freed, responses too large
 * to keep, and the bytes held against the bound. A falling hit ratio with a weight at its bound means the bound is
 * too small for the traffic, or someone is sending one-off URLs.
 */
@ApplicationScoped
public class RepresentationCacheMetrics {

    static final String NAME = "representations";

    void register(@Observes StartupEvent start, MeterRegistry registry, RepresentationCache cache) {
        Tags tags = Tags.of("cache", NAME);
        counter(registry, "cache.gets", tags.and("result", "hit"), cache, s -> s.hits(), "Requests answered from a copy");
        counter(registry, "cache.gets", tags.and("result", "miss"), cache, s -> s.misses(), "Requests that rendered");
        counter(registry, "cache.evictions", tags, cache, s -> s.evictions(), "Copies dropped (bound or expiry)");
        FunctionCounter.builder("cache.eviction.weight", cache, c -> c.stats().evictedWeight()).tags(tags)
                .baseUnit("bytes").description("Bytes freed by evictions").register(registry);
        counter(registry, "cache.skipped", tags, cache, s -> s.tooLarge(), "Responses too large to keep");
        gauge(registry, "cache.hit.ratio", tags, cache, s -> s.hitRatio(), null, "Hits / (hits + misses) since start");
        gauge(registry, "cache.size", tags, cache, s -> s.entries(), null, "Copies held");
        gauge(registry, "cache.weighted.size", tags, cache, s -> s.weight(), "bytes", "Bytes held");
        gauge(registry, "cache.max.weight", tags, cache, s -> s.maxWeight(), "bytes", "Bound on the bytes held");
    }

    private static void counter(MeterRegistry registry, String name, Tags tags, RepresentationCache cache,
                                ToDoubleFunction<RepresentationCache.Stats> value, String description) {
        FunctionCounter.builder(name, cache, c -> value.applyAsDouble(c.stats())).tags(tags).description(description)
                .register(registry);
    }

    private static void gauge(MeterRegistry registry, String name, Tags tags, RepresentationCache cache,
                              ToDoubleFunction<RepresentationCache.Stats> value, String unit, String description) {
        Gauge.builder(name, cache, c -> value.applyAsDouble(c.stats())).tags(tags).baseUnit(unit)
                .description(description).register(registry);
    }
}
