package dev.newsdesk.apikey.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiKeyList", description = "Every API key, newest first, without secrets; revoked keys included.")
public record ApiKeyList(List<ApiKeyResponse> data) {
}
