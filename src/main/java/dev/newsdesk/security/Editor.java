package dev.newsdesk.security;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is making an editorial change: the key's name (for the revision history) and what its role allows. */
public record Editor(String keyName, boolean canPublish) {

    public static Editor of(SecurityIdentity identity) {
        return new Editor(identity.getPrincipal().getName(), identity.hasRole(Role.PUBLISHER_NAME));
    }
}
