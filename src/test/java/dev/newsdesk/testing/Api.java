package dev.newsdesk.testing;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The entry point of HTTP tests. Every response is checked against the committed OpenAPI document, so the
 * contract cannot drift from what the API really answers. Requests are not checked: tests send bad ones on purpose.
 */
public final class Api {

    public static final Path CONTRACT = Path.of("openapi", "openapi.json");

    /**
     * The validator reads the committed document exactly as it is. It used to read a copy in which every
     * {@code nullable: true} beside {@code allOf: [$ref]} had the referenced schema inlined: the tests then checked
     * responses against what the contract meant, not against what it said, and a null the committed document did not
     * allow (a URL menu entry's section) passed. ContractFilter now writes nullable references validly instead.
     */
    public static final OpenApiInteractionValidator CONTRACT_VALIDATOR = OpenApiInteractionValidator
            .createForInlineApiSpecification(committedContract())
            .withLevelResolver(LevelResolver.create()
                    .withLevel("validation.request", ValidationReport.Level.IGNORE)
                    .build())
            .build();

    private static final OpenApiValidationFilter CONTRACT_FILTER = new OpenApiValidationFilter(CONTRACT_VALIDATOR);

    private Api() {
    }

    private static String committedContract() {
        try {
            return Files.readString(CONTRACT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** REST Assured asks for gzip and decodes it unless told not to: for requests that choose Accept-Encoding. */
    public static final RestAssuredConfig NO_DECODERS = RestAssuredConfig.config()
            .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());

    /** A request whose response must match the contract. */
    public static RequestSpecification api() {
        return given().filter(CONTRACT_FILTER);
    }
}
