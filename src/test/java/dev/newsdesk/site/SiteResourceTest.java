package dev.newsdesk.site;

import static dev.newsdesk.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.newsdesk.section.Section;
import dev.newsdesk.site.api.MenuItemInput;
import dev.newsdesk.site.api.Notice;
import dev.newsdesk.site.api.SiteResponse;
import dev.newsdesk.site.api.SiteUpdateRequest;
import dev.newsdesk.testing.Fixtures;
import dev.newsdesk.web.cache.EntityTags;
import dev.newsdesk.web.problem.Problem;
import dev.newsdesk.web.problem.ProblemCode;
import dev.newsdesk.web.problem.ProblemException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The site settings are one row shared by the whole suite: tests here only assert what they wrote themselves in
 * the same test, or what no test changes (the configured time zone).
 */
@QuarkusTest
class SiteResourceTest {

    private static final EntityTags.ExpectedVersion ANY_VERSION = EntityTags.ExpectedVersion.any();

    @Inject
    Fixtures fixtures;
    @Inject
    SiteService site;

    @Test
    void siteCarriesTheNewsroomTimeZone() {
        api().get("/api/v1/site")
                .then().statusCode(200).contentType("application/json")
                .body("timeZone.id", equalTo("Asia/Seoul"))
                .body("timeZone.utcOffset", equalTo("+09:00"))
                .body("timeZone", equalTo(Map.of("id", "Asia/Seoul", "utcOffset", "+09:00")))
                .body("name", notNullValue())
                .body("updatedAt", endsWith("+09:00"));
    }

    @Test
    void updatedMenuAndNoticesAreServedReadyToRender() {
        Section world = fixtures.section("World");
        Section asia = fixtures.section("Asia", world, 1);
        site.update(ANY_VERSION, new SiteUpdateRequest("The Test Times", "https://times.example.com/", "en-GB",
                List.of(new MenuItemInput("World", world.getSlug(), null,
                                List.of(new MenuItemInput("Asia", asia.getSlug(), null, null))),
                        new MenuItemInput("Podcasts", null, "https://times.example.com/podcasts", null)),
                List.of(new Notice("cookie-consent", "We use cookies.", "Cookie policy",
                        "https://times.example.com/cookies", true)), null));

        api().get("/api/v1/site")
                .then().statusCode(200)
                .body("name", equalTo("The Test Times"))
                .body("baseUrl", equalTo("https://times.example.com"))
                .body("defaultLanguage", equalTo("en-GB"))
                .body("navigation.label", contains("World", "Podcasts"))
                .body("navigation[0].type", equalTo("section"))
                .body("navigation[0].section.slug", equalTo(world.getSlug()))
                .body("navigation[0].href", equalTo("/" + world.getSlug()))
                .body("navigation[0].children[0].href", equalTo("/" + world.getSlug() + "/" + asia.getSlug()))
                .body("navigation[1].type", equalTo("url"))
                .body("navigation[1].href", equalTo("https://times.example.com/podcasts"))
                .body("navigation[1].section", equalTo(null))
                .body("notices[0].key", equalTo("cookie-consent"))
                .body("notices[0].linkUrl", equalTo("https://times.example.com/cookies"))
                .body("notices[0].dismissible", equalTo(true));
    }

    @Test
    void invalidMenusAreRefusedAndChangeNothing() {
        Section section = fixtures.section("Menu");
        site.update(ANY_VERSION,
                new SiteUpdateRequest("Before", "https://before.example.com", "en", List.of(), List.of(), null));
        MenuItemInput tooDeep = new MenuItemInput("1", section.getSlug(), null, List.of(new MenuItemInput("2",
                section.getSlug(), null, List.of(new MenuItemInput("3", section.getSlug(), null,
                List.of(new MenuItemInput("4", section.getSlug(), null, null)))))));
        SiteUpdateRequest bad = new SiteUpdateRequest("After", "https://after.example.com", "en",
                List.of(new MenuItemInput("Both", section.getSlug(), "https://x.example.com", null),
                        new MenuItemInput("Neither", null, null, null),
                        new MenuItemInput("Gone", "no-such-section-anywhere", null, null),
                        tooDeep),
                List.of(new Notice("a", "One", null, null, true), new Notice("a", "Two", null, null, false)), null);

        ProblemException refused = assertThrows(ProblemException.class, () -> site.update(ANY_VERSION, bad));

        assertEquals(ProblemCode.UNPROCESSABLE, refused.code());
        assertEquals(List.of("/navigation/0", "/navigation/1", "/navigation/2/section",
                        "/navigation/3/children/0/children/0/children", "/notices/1/key"),
                refused.errors().stream().map(Problem.FieldError::pointer).toList());
        SiteResponse unchanged = site.get();
        assertEquals("Before", unchanged.name());
        assertEquals(List.of(), unchanged.navigation());
    }
}
