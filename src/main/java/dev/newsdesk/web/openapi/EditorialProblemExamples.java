package dev.newsdesk.web.openapi;

import dev.newsdesk.web.openapi.OpenApiDefinition;

/** Examples of the problems the editorial API answers with, for the shared responses in {@link OpenApiDefinition}. */
final class EditorialProblemExamples {

    static final String MALFORMED = """
            {"type":"urn:newsdesk:problem:malformed-request","title":"Malformed request","status":400,\
            "detail":"Unknown field /subtitle","instance":"/api/v1/editorial/articles","code":"MALFORMED_REQUEST",\
            "errors":[{"pointer":"/subtitle","message":"unknown field"}]}""";
    static final String UNAUTHORIZED = """
            {"type":"urn:newsdesk:problem:unauthorized","title":"Unauthorized","status":401,\
            "detail":"Send an API key as Authorization: Bearer <key>","instance":"/api/v1/editorial/articles",\
            "code":"UNAUTHORIZED"}""";
    static final String FORBIDDEN = """
            {"type":"urn:newsdesk:problem:forbidden","title":"Forbidden","status":403,\
            "detail":"This API key's role may not do this","instance":"/api/v1/editorial/keys","code":"FORBIDDEN"}""";
    static final String CONFLICT = """
            {"type":"urn:newsdesk:problem:conflict","title":"Conflict","status":409,\
            "detail":"Another article already has the slug 'port-strike'","instance":"/api/v1/editorial/articles",\
            "code":"CONFLICT","errors":[{"pointer":"/slug","message":"already used by another article"}]}""";
    static final String PENDING_DRAFT = """
            {"type":"urn:newsdesk:problem:pending-draft","title":"Pending draft","status":409,\
            "detail":"The article has a pending draft (revision 7): publish or discard it first, or save this change \
            into it with draft: true","instance":"/api/v1/editorial/articles/0b5d5c6e-0f43-3a8e-9c39-4f1e5d1b2c77",\
            "code":"PENDING_DRAFT"}""";
    static final String MEDIA_OUT_OF_RIGHTS = """
            {"type":"urn:newsdesk:problem:media-out-of-rights","title":"Media out of rights","status":409,\
            "detail":"The article cannot be published: lead media 3f0c6f52-3a43-3d1e-9d71-5a2d8f0f1c11 cannot be shown \
            when the article goes live: its usage rights ended at 2019-05-25T00:00:00+09:00. Choose another lead image \
            or extend its rights.","instance":"/api/v1/editorial/articles/0b5d5c6e-0f43-3a8e-9c39-4f1e5d1b2c77/publish",\
            "code":"MEDIA_OUT_OF_RIGHTS","errors":[{"pointer":"/leadMediaId","message":"lead media \
            3f0c6f52-3a43-3d1e-9d71-5a2d8f0f1c11 cannot be shown when the article goes live: its usage rights ended at \
            2019-05-25T00:00:00+09:00"}]}""";
    static final String MEDIA_RIGHTS_EXPIRED = """
            {"type":"urn:newsdesk:problem:media-rights-expired","title":"Media rights expired","status":410,\
            "detail":"The usage rights of media 3f0c6f52-3a43-3d1e-9d71-5a2d8f0f1c11 have expired; it is no longer shown",\
            "instance":"/api/v1/media/3f0c6f52-3a43-3d1e-9d71-5a2d8f0f1c11","code":"MEDIA_RIGHTS_EXPIRED"}""";

    static final String GONE = """
            {"type":"urn:newsdesk:problem:article-unpublished","title":"Article unpublished","status":410,\
            "detail":"Article 'port-strike' was unpublished","instance":"/api/v1/articles/by-slug/port-strike",\
            "code":"ARTICLE_UNPUBLISHED"}""";
    static final String PRECONDITION_FAILED = """
            {"type":"urn:newsdesk:problem:precondition-failed","title":"Precondition failed","status":412,\
            "detail":"Someone changed this since you read it; GET it again, reapply your change and send the new ETag",\
            "instance":"/api/v1/editorial/articles/0b5d5c6e-0f43-3a8e-9c39-4f1e5d1b2c77","code":"PRECONDITION_FAILED"}""";
    static final String PAYLOAD_TOO_LARGE = """
            {"type":"urn:newsdesk:problem:payload-too-large","title":"Payload too large","status":413,\
            "detail":"The request body is too large","instance":"/api/v1/editorial/articles","code":"PAYLOAD_TOO_LARGE"}""";
    static final String UNSUPPORTED_MEDIA_TYPE = """
            {"type":"urn:newsdesk:problem:unsupported-media-type","title":"Unsupported media type","status":415,\
            "detail":"Send the request body as application/json","instance":"/api/v1/editorial/articles",\
            "code":"UNSUPPORTED_MEDIA_TYPE"}""";
    static final String UNPROCESSABLE = """
            {"type":"urn:newsdesk:problem:unprocessable","title":"Unprocessable content","status":422,\
            "detail":"/sectionId: no section has id 7b0e4c1e-2f0a-3c55-9a57-0f0c3c2d1a10",\
            "instance":"/api/v1/editorial/articles","code":"UNPROCESSABLE",\
            "errors":[{"pointer":"/sectionId","message":"no section has id 7b0e4c1e-2f0a-3c55-9a57-0f0c3c2d1a10"}]}""";
    static final String PRECONDITION_REQUIRED = """
            {"type":"urn:newsdesk:problem:precondition-required","title":"Precondition required","status":428,\
            "detail":"Send If-Match with the ETag of your last GET, so you cannot overwrite someone else's change",\
            "instance":"/api/v1/editorial/articles/0b5d5c6e-0f43-3a8e-9c39-4f1e5d1b2c77",\
            "code":"PRECONDITION_REQUIRED","errors":[{"parameter":"If-Match","message":"required"}]}""";

    private EditorialProblemExamples() {
    }
}
