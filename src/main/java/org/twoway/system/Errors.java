package org.twoway.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every failure answers in the door's own language: problem+json for the API, a friendly page for
 * people. Neither reveals anything internal; an unexpected error is logged with an incident number
 * that the page shows, so support can find it.
 */
public class Errors {

    private static final Logger LOG = Logger.getLogger(Errors.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String title, String message);
    }

    @ServerExceptionMapper
    public Response refused(Refusal refusal, HttpServerRequest request) {
        if (isApi(request)) {
            var errors = refusal.field == null ? null : FormErrors.of(refusal).list();
            return new Problem("about:blank", refusal.kind.title, refusal.kind.status, refusal.getMessage(), errors)
                    .toResponse();
        }
        return page(refusal.kind.status, refusal.kind.title, refusal.getMessage());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpServerRequest request) {
        FormErrors errors = FormErrors.of(e.getConstraintViolations());
        String detail = "Some fields are not valid: " + String.join(", ", errors.list().stream()
                .map(Problem.FieldError::field).toList()) + ".";
        if (isApi(request)) {
            return new Problem("about:blank", "Invalid input", 400, detail, errors.list()).toResponse();
        }
        return page(400, "Invalid input", detail);
    }

    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
    public Response unreadableJson(Exception e) {
        String detail = "The request body is not the JSON this endpoint expects.";
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
            return new Problem("about:blank", "Invalid input", 400, detail,
                    List.of(new Problem.FieldError(field, "This value has the wrong type."))).toResponse();
        }
        return Problem.of(400, "Invalid input", detail).toResponse();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response signInNeeded(HttpServerRequest request) {
        if (isApi(request)) {
            return Response.fromResponse(Problem.of(401, "Unauthorized",
                    "Sign in with HTTP Basic, using a Twoway account's email and password.").toResponse())
                    .header("WWW-Authenticate", "Basic realm=\"Twoway\", charset=\"UTF-8\"").build();
        }
        return Response.seeOther(URI.create("/login")).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        String message = "Your account does not have access to this.";
        if (isApi(request)) {
            return Problem.of(403, "Forbidden", message).toResponse();
        }
        return page(403, "Not allowed", message + " If you think it should, ask HR.");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, request);
        }
        String title = Response.Status.fromStatusCode(status) == null
                ? "Request refused" : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = switch (status) {
            case 400 -> "The request could not be read.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            case 415 -> "This endpoint takes " + (isApi(request) ? "JSON (application/json)." : "a form.");
            default -> "The request could not be handled.";
        };
        if (isApi(request)) {
            return Response.fromResponse(Problem.of(status, title, detail).toResponse())
                    .header("Allow", e.getResponse().getHeaderString("Allow")).build();
        }
        return page(status, status == 404 ? "Page not found" : title, detail);
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, HttpServerRequest request) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Incident %s on %s %s", incident, request.method(), loggable(request.path()));
        String detail = "Something went wrong on our side (incident " + incident + "). Nothing was changed; please try again.";
        if (isApi(request)) {
            return Problem.of(500, "Internal error", detail).toResponse();
        }
        return page(500, "Something went wrong", detail);
    }

    /** Paths as logs may hold them: a feedback link's token never reaches a log. */
    static String loggable(String path) {
        return path.startsWith("/f/") ? "/f/[token]" : path;
    }

    static boolean isApi(HttpServerRequest request) {
        return request.path().startsWith("/api/");
    }

    static Response page(int status, String title, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, title, message)).build();
    }
}
