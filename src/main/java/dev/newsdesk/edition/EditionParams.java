package dev.newsdesk.edition;

import dev.newsdesk.web.request.RequestParams;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** lang and Accept-Language of an operation that answers in one edition, bound with @BeanParam. */
public class EditionParams {

    public static final String LANG_DOC = "The edition to answer in (a language of GET /api/v1/editions; ko-KR "
            + "asks for ko). Beats Accept-Language; a language that is no edition is a 400 listing the editions.";
    public static final String ACCEPT_LANGUAGE_DOC = "Used when lang is absent: RFC 4647 lookup of its ranges among "
            + "the editions, by quality; q=0 excludes a language; a malformed value is ignored. No match: the "
            + "default edition. The answer then carries Vary: Accept-Language (when there are several editions).";

    @Parameter(description = LANG_DOC, example = "ko",
            schema = @Schema(pattern = RequestParams.LANGUAGE_PATTERN, maxLength = RequestParams.LANGUAGE_MAX_LENGTH))
    @QueryParam("lang")
    public String lang;

    @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.ACCEPT_LANGUAGE, description = ACCEPT_LANGUAGE_DOC,
            example = "ko-KR, ko;q=0.9, en;q=0.5", schema = @Schema(maxLength = 1000))
    @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE)
    public String acceptLanguage;
}
