package org.twoway.people;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.twoway.system.Doors;

/**
 * How a request says who it is: the JSON API with HTTP Basic only (a cookie, which a browser sends by itself, never
 * authorises an API call), pages with the login cookie.
 * A stale cookie counts as signed out, so the login page still opens; a database that cannot be reached is an
 * outage (503), not a reason to send someone to sign in again.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    private static final String BASIC = "basic ";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String authorization = context.request().getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return basic(authorization.substring(BASIC.length()).trim(), context, identities);
        }
        if (Doors.isApi(context)) {
            return Uni.createFrom().nullItem(); // a browser sends the cookie on its own; the API never takes it
        }
        Cookie cookie = context.request().getCookie(Sessions.COOKIE);
        if (cookie == null) {
            return Uni.createFrom().nullItem();
        }
        AuthenticationRequest request = HttpSecurityUtils.setRoutingContextAttribute(
                new SessionAuthenticationRequest(cookie.getValue()), context);
        return identities.authenticate(request).onFailure(AuthenticationFailedException.class).recoverWithNull();
    }

    private Uni<SecurityIdentity> basic(String encoded, RoutingContext context, IdentityProviderManager identities) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        UsernamePasswordAuthenticationRequest request = new UsernamePasswordAuthenticationRequest(
                decoded.substring(0, colon), new PasswordCredential(decoded.substring(colon + 1).toCharArray()));
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, context));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (Doors.isApi(context)) {
            return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Basic realm=\"Twoway\", charset=\"UTF-8\""));
        }
        return Uni.createFrom().item(new ChallengeData(302, "Location", PeopleUris.login()));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(UsernamePasswordAuthenticationRequest.class, SessionAuthenticationRequest.class);
    }
}
