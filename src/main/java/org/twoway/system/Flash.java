package org.twoway.system;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A message shown once on the page a form redirects to ("Team created."). It travels in a short-lived
 * cookie and the layout shows it; {@link FlashCleaner} removes the cookie once a page has shown it.
 */
@Named("flash")
@RequestScoped
public class Flash {

    static final String COOKIE = "twoway_flash";

    private final String message;
    private boolean shown;

    Flash(HttpHeaders headers) {
        var cookie = headers.getCookies().get(COOKIE);
        this.message = cookie == null ? null : URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
    }

    /** The message for this page, if any; the layout calls this. */
    public String getMessage() {
        shown = message != null;
        return message;
    }

    boolean wasShown() {
        return shown;
    }

    /** Redirect after a successful POST (303), carrying a message for the next page. */
    public static Response redirect(String location, String message) {
        return Response.seeOther(URI.create(location)).cookie(cookie(message)).build();
    }

    static NewCookie cookie(String message) {
        return new NewCookie.Builder(COOKIE)
                .value(message == null ? "" : URLEncoder.encode(message, StandardCharsets.UTF_8))
                .path("/")
                .maxAge(message == null ? 0 : 60)
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
    }
}
