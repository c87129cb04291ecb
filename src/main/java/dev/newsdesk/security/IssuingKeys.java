package dev.newsdesk.security;

import java.util.UUID;

/**
 * What preview tokens need to know about API keys: whether the key that issued a token still works. A token must
 * not outlive the revocation of the key that made it.
 */
public interface IssuingKeys {

    /** Identity attribute holding the id of the API key a request was authenticated with. */
    String KEY_ID_ATTRIBUTE = "newsdesk.api-key-id";

    boolean isActive(UUID keyId);
}
