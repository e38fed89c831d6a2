package org.twoway.system;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Pages take forms and nothing else. The anti-forgery check reads its token from a form, so a post of
 * another type (text/plain, JSON) would pass it untested: such a post is refused (415) before any page runs.
 * The JSON API ({@link Doors}) is not a page and keeps its own types.
 */
public class FormGuard {

    /**
     * Set on a request once Quarkus has read its body ({@link #bodyRead}), so that a form post that fails without
     * it failed in the reading: the sender's fault (a broken %-escape, a multipart cut short), not ours.
     */
    static final String BODY_READ = "twoway.body-read";

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 400)
    public Response onlyForms(RoutingContext context) {
        var request = context.request();
        if (request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD
                || request.method() == HttpMethod.OPTIONS || Doors.isApi(context)) {
            return null;
        }
        String type = request.getHeader("Content-Type");
        String lower = type == null ? "" : type.toLowerCase(Locale.ROOT);
        if (lower.startsWith("application/x-www-form-urlencoded") || lower.startsWith("multipart/form-data")) {
            return null;
        }
        return Errors.page(415, "Unsupported Media Type", "This address takes a form sent from its page.");
    }

    @ServerRequestFilter(readBody = true)
    public void bodyRead(RoutingContext context) {
        context.put(BODY_READ, Boolean.TRUE);
    }
}
