package org.twoway.feedback;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.twoway.system.TwowayConfig;

/**
 * Guards of the customer's pages {@code /f/*}: too many requests from one address get a friendly 429
 * before anything else runs; a form refused for its missing or stale anti-forgery cookie gets a page
 * that says the answers were not sent and how to send them, instead of an empty 400.
 */
public class FeedbackFilters {

    private final RateLimiter limiter;
    private final String company;

    FeedbackFilters(RateLimiter limiter, TwowayConfig config) {
        this.limiter = limiter;
        this.company = config.companyName();
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 500)
    public Response limit(ContainerRequestContext context, HttpServerRequest request) {
        if (!request.path().startsWith(FeedbackUris.feedbackForms())) {
            return null;
        }
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().host();
        if (limiter.allow(address)) {
            return null;
        }
        Visitor visitor = visitor(context);
        return Response.fromResponse(FeedbackPage.page(429, visitor, FeedbackPage.Templates.tooMany(visitor)))
                .header("Retry-After", limiter.secondsToWait(address))
                .build();
    }

    @ServerResponseFilter
    public void explainRefusedForm(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (response.getStatus() != 400 || response.hasEntity() || !"POST".equals(request.getMethod())
                || !path.startsWith(FeedbackUris.feedbackForms())) {
            return;
        }
        Visitor visitor = visitor(request);
        String token = path.substring(FeedbackUris.feedbackForms().length());
        Response page = FeedbackPage.page(400, visitor, FeedbackPage.Templates.notSent(visitor, token));
        response.setEntity(page.getEntity(), null, page.getMediaType());
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, visitor.lang());
    }

    private Visitor visitor(ContainerRequestContext context) {
        return Visitor.of(context.getUriInfo().getQueryParameters().getFirst("lang"), context.getAcceptableLanguages(), company);
    }
}
