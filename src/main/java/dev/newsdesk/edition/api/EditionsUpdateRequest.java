package dev.newsdesk.edition.api;

import dev.newsdesk.web.request.RequestParams;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EditionsUpdateRequest", description = "Every edition at once, and which one is the default.")
public record EditionsUpdateRequest(
        @NotBlank @Pattern(regexp = RequestParams.LANGUAGE_PATTERN) @Size(max = RequestParams.LANGUAGE_MAX_LENGTH)
        @Schema(description = "The edition readers get when they ask for none (and x-default of the alternates); "
                + "one of the editions.", example = "en", required = true)
        String defaultLanguage,
        @NotNull @Size(min = 1, max = 50) @Valid
        @Schema(description = "The editions, in the order menus of languages show them.", required = true)
        List<EditionInput> editions) {
}
