package dev.newsdesk.apikey;

import dev.newsdesk.security.IssuingKeys;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns an API key into an identity: the key's name as principal and its role with every role below it. */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    /** Identity attribute holding the key's id. */
    public static final String KEY_ID = IssuingKeys.KEY_ID_ATTRIBUTE;

    private final ApiKeyService keys;

    public ApiKeyIdentityProvider(ApiKeyService keys) {
        this.keys = keys;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String secret = request.getToken().getToken();
        // The key lookup is a database query: run it off the event loop.
        return context.runBlocking(() -> identity(lookup(secret)));
    }

    private ApiKey lookup(String secret) {
        return keys.authenticate(secret)
                .orElseThrow(() -> new AuthenticationFailedException("unknown or revoked API key"));
    }

    private static SecurityIdentity identity(ApiKey key) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(key.getName()))
                .addRoles(key.getRole().impliedRoleNames())
                .addAttribute(KEY_ID, key.getId())
                .build();
    }
}
