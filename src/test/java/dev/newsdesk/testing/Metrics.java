package dev.newsdesk.testing;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads single samples from the Prometheus page at /q/metrics. */
public final class Metrics {

    private Metrics() {
    }

    /** The sample of {@code name} whose labels are exactly {@code labels}, such as {@code cache="representations"}. */
    public static double sample(String name, String labels) {
        String page = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$").matcher(page);
        while (sample.find()) {
            if (sample.group(1).replace(" ", "").equals(labels)) {
                return Double.parseDouble(sample.group(2));
            }
        }
        throw new AssertionError("no " + name + "{" + labels + "} on /q/metrics");
    }
}
