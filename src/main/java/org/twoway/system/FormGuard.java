package org.twoway.system;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Pages take forms and nothing else. The anti-forgery check reads its token from a form, so a post of
 * another type (text/plain, JSON) would pass it untested: such a post is refused (415) before any page runs.
 * The JSON API under {@code /api/} is not a page and keeps its own types.
 */
public class FormGuard {

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 400)
    public Response onlyForms(HttpServerRequest request) {
        if (request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD
                || request.method() == HttpMethod.OPTIONS || Errors.isApi(request)) {
            return null;
        }
        String type = request.getHeader("Content-Type");
        String lower = type == null ? "" : type.toLowerCase(Locale.ROOT);
        if (lower.startsWith("application/x-www-form-urlencoded") || lower.startsWith("multipart/form-data")) {
            return null;
        }
        return Errors.page(415, "Unsupported Media Type", "This address takes a form sent from its page.");
    }
}
