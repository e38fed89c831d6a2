package org.twoway.people;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** HTTP Basic for the JSON API, against the same accounts and the same throttling as the login page. */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** On a refusal while locked: the seconds to wait, for the 429 answer's Retry-After. */
    public static final String LOCKED_SECONDS = "twoway.lockedSeconds";

    private final SignIns signIns;

    PasswordIdentityProvider(SignIns signIns) {
        this.signIns = signIns;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = routing == null || routing.request().remoteAddress() == null
                ? "unknown" : routing.request().remoteAddress().host();
        return context.runBlocking(() -> {
            SignIns.Attempt attempt = signIns.attempt(request.getUsername(),
                    new String(request.getPassword().getPassword()), address);
            if (attempt.locked()) {
                throw new AuthenticationFailedException("Too many failed sign-ins",
                        Map.of(LOCKED_SECONDS, attempt.secondsLocked()));
            }
            return attempt.account().map(Identities::of).orElseThrow(AuthenticationFailedException::new);
        });
    }
}
