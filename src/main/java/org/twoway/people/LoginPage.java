package org.twoway.people;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.twoway.audit.AuditAction;
import org.twoway.audit.AuditLog;
import org.twoway.system.Flash;
import org.twoway.system.Role;

/** Signing in and out with the login form; the cookie is HttpOnly, SameSite=Strict, and Secure over HTTPS. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginPage {

    static final String WRONG = "The email or password is not right.";
    static final String LOCKED = "Too many failed sign-ins. Signing in is paused for this email or this network; try again in %s.";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String email, String error);
    }

    private final SignIns signIns;
    private final Sessions sessions;
    private final SecurityIdentity identity;
    private final AuditLog audit;
    private final RoleHomes homes;

    LoginPage(SignIns signIns, Sessions sessions, SecurityIdentity identity, AuditLog audit, RoleHomes homes) {
        this.audit = audit;
        this.homes = homes;
        this.signIns = signIns;
        this.sessions = sessions;
        this.identity = identity;
    }

    /** The start page: each role's home, or the login form. */
    @GET
    public Response home() {
        if (identity.isAnonymous()) {
            return Response.seeOther(URI.create(PeopleUris.login())).build();
        }
        return Response.seeOther(URI.create(identity.hasRole(Role.HR) ? homes.hr() : homes.employee())).build();
    }

    @GET
    @Path("login")
    public TemplateInstance showLogin() {
        return Templates.login("", null);
    }

    @POST
    @Path("login")
    public Response signIn(@RestForm String email, @RestForm String password, HttpServerRequest request) {
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().host();
        SignIns.Attempt attempt = signIns.attempt(email, password, address);
        String shown = email == null ? "" : email;
        if (attempt.locked()) {
            return Response.status(429).header("Retry-After", attempt.secondsLocked())
                    .entity(Templates.login(shown, LOCKED.formatted(minutes(attempt.secondsLocked())))).build();
        }
        Optional<UserAccount> account = attempt.account();
        if (account.isEmpty()) {
            return Response.status(Response.Status.UNAUTHORIZED).entity(Templates.login(shown, WRONG)).build();
        }
        String token = sessions.start(account.get());
        audit.record(account.get().email, AuditAction.SIGN_IN, "from " + address);
        String home = Role.HR.equals(account.get().role) ? homes.hr() : homes.employee();
        return Response.seeOther(URI.create(home))
                .cookie(cookie(token, "https".equals(request.scheme()), -1))
                .build();
    }

    @POST
    @Path("logout")
    public Response signOut(@CookieParam(Sessions.COOKIE) String token) {
        if (!identity.isAnonymous()) {
            audit.record(AuditAction.SIGN_OUT, identity.getPrincipal().getName());
        }
        sessions.end(token);
        return Response.fromResponse(Flash.redirect(PeopleUris.login(), "You are signed out."))
                .cookie(cookie("", false, 0))
                .build();
    }

    static String minutes(long seconds) {
        long minutes = (seconds + 59) / 60;
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    static NewCookie cookie(String value, boolean secure, int maxAge) {
        return new NewCookie.Builder(Sessions.COOKIE)
                .value(value)
                .path("/")
                .httpOnly(true)
                .secure(secure)
                .sameSite(NewCookie.SameSite.STRICT)
                .maxAge(maxAge)
                .build();
    }
}
