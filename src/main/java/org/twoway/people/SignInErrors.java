package org.twoway.people;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.twoway.system.Doors;
import org.twoway.system.Problem;

/**
 * A request that is not signed in, at each door: the API asks for HTTP Basic (or says how long signing in is paused
 * after repeated failures), a page sends the person to the login page.
 */
public class SignInErrors {

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response signInNeeded(SecurityException e, RoutingContext request) {
        if (!Doors.isApi(request)) {
            return Response.seeOther(URI.create(PeopleUris.login())).build();
        }
        Long locked = e instanceof AuthenticationFailedException failed
                ? failed.getAttribute(PasswordIdentityProvider.LOCKED_SECONDS) : null;
        if (locked != null) {
            return Response.fromResponse(Problem.of(429, "Too many failed sign-ins",
                    "Signing in is paused for this email or this address after repeated failures. Try again in "
                            + locked + " seconds.").toResponse())
                    .header("Retry-After", locked).build();
        }
        return Response.fromResponse(Problem.of(401, "Unauthorized",
                "Sign in with HTTP Basic, using a Twoway account's email and password.").toResponse())
                .header("WWW-Authenticate", "Basic realm=\"Twoway\", charset=\"UTF-8\"").build();
    }
}
