package dev.newsdesk.security;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Editorial roles, each including the ones below it: an admin may do everything a publisher may, a publisher
 * everything an editor may. The identity carries every implied role, so {@code @RolesAllowed(EDITOR)} admits all three.
 */
public enum Role {
    EDITOR, PUBLISHER, ADMIN;

    public static final String EDITOR_NAME = "editor";
    public static final String PUBLISHER_NAME = "publisher";
    public static final String ADMIN_NAME = "admin";

    @JsonValue
    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** This role and every role below it, as security role names. */
    public Set<String> impliedRoleNames() {
        return Arrays.stream(values()).filter(r -> r.ordinal() <= ordinal()).map(Role::roleName)
                .collect(Collectors.toUnmodifiableSet());
    }
}
