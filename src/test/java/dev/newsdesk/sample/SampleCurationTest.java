package dev.newsdesk.sample;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The curated parts of the sample newsroom: what the README's article page walk-through shows. */
@QuarkusTest
@TestProfile(SampleDataLoaderTest.FreshDatabaseWithSampleData.class)
class SampleCurationTest {

    private static UUID article(String slug) {
        return UUID.nameUUIDFromBytes(("article:" + slug).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void sampleSiteHasAMenuAndACookieNotice() {
        api().get("/api/v1/site")
                .then().statusCode(200)
                .body("name", equalTo("The Harbour Herald"))
                .body("navigation.label", contains("International", "National", "Business", "Culture", "Newsletters"))
                .body("navigation[0].children[0].href", equalTo("/international/asia-pacific"))
                .body("notices[0].key", equalTo("cookie-consent"))
                .body("notices[0].dismissible", equalTo(true));
    }

    @Test
    void sampleEditorsPickIsSeeded() {
        api().get("/api/v1/collections/editors-pick")
                .then().statusCode(200)
                .body("name", equalTo("Editor's Pick"))
                .body("items.slug", contains("pacific-ports-agree-common-emissions-reporting",
                        "seoul-district-pilots-deposit-loans-for-young-tenants",
                        "lee-seo-ah-debut-opens-han-river-film-week",
                        "low-mekong-water-levels-prompt-call-for-dam-coordination"));
        api().queryParam("include", "collections").get("/api/v1/sections/international")
                .then().statusCode(200)
                .body("included.collections.slug", contains("international-editors-pick"));
    }

    @Test
    void sampleRelatedStoriesStartWithThePin() {
        UUID id = article("pacific-ports-agree-common-emissions-reporting");
        api().get("/api/v1/articles/{id}/related", id)
                .then().statusCode(200)
                .body("data[0].slug", equalTo("container-freight-rates-ease-as-new-vessels-join-routes"))
                .body("data.id", not(hasItem(id.toString())));
    }

    @Test
    void sampleArchiveIsSearchable() {
        api().queryParam("q", "emissions").get("/api/v1/articles")
                .then().statusCode(200)
                .body("data[0].slug", equalTo("pacific-ports-agree-common-emissions-reporting"));
    }
}
