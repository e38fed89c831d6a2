package org.twoway.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.ext.web.RoutingContext;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.hibernate.exception.JDBCConnectionException;
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
    public Response refused(Refusal refusal, RoutingContext request) {
        if (isApi(request)) {
            var errors = refusal.field == null ? null : FormErrors.of(refusal).list();
            return new Problem("about:blank", refusal.kind.title, refusal.kind.status, refusal.getMessage(), errors)
                    .toResponse();
        }
        return page(refusal.kind.status, refusal.kind.title, refusal.getMessage());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, RoutingContext request) {
        FormErrors errors = FormErrors.of(e.getConstraintViolations());
        String detail = errors.list().size() == 1 ? errors.list().get(0).message()
                : "Some fields are not valid: " + String.join(", ", errors.list().stream()
                        .map(Problem.FieldError::field).toList()) + ".";
        if (isApi(request)) {
            return new Problem("about:blank", "Invalid input", 400, detail, errors.list()).toResponse();
        }
        return page(400, "Invalid input", detail);
    }

    /**
     * A body that is not JSON, or JSON of the wrong shape ({@code "entitledHours": "lots"}): 400, naming the
     * field when there is one. Listed by type so it wins over Quarkus' own mapper for mismatched input.
     */
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
    public Response unreadableJson(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping.getPath());
            Class<?> expected = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
            String message = expectation(expected);
            return new Problem("about:blank", "Invalid input", 400, "The value of " + field + " is not valid. " + message,
                    List.of(new Problem.FieldError(field, message))).toResponse();
        }
        return Problem.of(400, "Invalid input",
                "The request body is not the JSON this endpoint expects. Send a JSON object as the API documentation shows.")
                .toResponse();
    }

    /** {@code items[3].hours} style: the place in the body a client must fix. */
    static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference step : path) {
            if (step.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    static String expectation(Class<?> type) {
        if (type == null) {
            return "Check it against the API documentation.";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "Send a number, such as 12.5.";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "Send true or false.";
        }
        if (type.isEnum()) {
            return "Send one of " + String.join(", ", Arrays.stream(type.getEnumConstants())
                    .map(Object::toString).toList()) + ".";
        }
        if (type == String.class) {
            return "Send text in quotes.";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "Send a date as text, year-month-day, such as \"2026-10-01\".";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "Send a list in [ ].";
        }
        return "Send an object in { }.";
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, RoutingContext request) {
        String message = "Your account does not have access to this.";
        if (isApi(request)) {
            return Problem.of(403, "Forbidden", message).toResponse();
        }
        return page(403, "Not allowed", message + " If you think it should, ask HR.");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, RoutingContext request) {
        int status = e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException json && isApi(request)) {
            return unreadableJson(json);
        }
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
    public Response unexpected(Throwable e, RoutingContext request) {
        if (clientGone(e)) {
            LOG.warnf("%s %s: the client closed the connection before the request was read", request.request().method(),
                    Tokens.redacted(request.normalizedPath()));
            return Problem.of(400, "Bad Request", "The request was cut off before it was complete.").toResponse();
        }
        if (databaseUnreachable(e)) {
            LOG.warnf("Database unreachable on %s %s: %s", request.request().method(), Tokens.redacted(request.normalizedPath()), e);
            String detail = "Twoway cannot reach its database just now. Nothing was saved; please try again in a few minutes.";
            Response response = isApi(request) ? Problem.of(503, "Service Unavailable", detail).toResponse()
                    : page(503, "Back soon", detail);
            return Response.fromResponse(response).header("Retry-After", 30).build();
        }
        if (unreadableForm(request)) {
            return page(400, "Bad Request", "The form could not be read. Send it again from its page.");
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Incident %s on %s %s", incident, request.request().method(), Tokens.redacted(request.normalizedPath()));
        String detail = "Something went wrong on our side (incident " + incident + "). Nothing was changed; please try again.";
        if (isApi(request)) {
            return Problem.of(500, "Internal error", detail).toResponse();
        }
        return page(500, "Something went wrong", detail);
    }

    /**
     * A form body that cannot be parsed (a broken %-escape, a multipart cut short) fails while Quarkus reads it,
     * before any filter or page runs: the sender's fault, not ours. Told by the request, not by the failure: a form
     * post whose body was never read ({@link FormGuard#BODY_READ}).
     */
    static boolean unreadableForm(RoutingContext request) {
        String type = String.valueOf(request.request().getHeader("Content-Type")).toLowerCase(Locale.ROOT);
        return (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"))
                && request.get(FormGuard.BODY_READ) == null;
    }

    /** The client went away while its request was still being read: an upload given up, a closed tab. */
    static boolean clientGone(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpClosedException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The database is down, out of reach or not answering, told by the exception's type and SQL state, never by its
     * words: a connection refused or broken (the connection exceptions, SQL state class 08), one not made in time
     * (a {@link TimeoutException}), or none to be had from the pool in time. The pool says the last with a bare
     * {@link SQLException}, no SQL state and no vendor code, which the database server never sends (its every
     * error has a state). The answer is 503 with Retry-After, not an incident of ours.
     */
    public static boolean databaseUnreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException || cause instanceof JDBCConnectionException
                    || cause instanceof TimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql && (sql.getSQLState() == null
                    ? sql.getErrorCode() == 0 && sql.getCause() == null : sql.getSQLState().startsWith("08"))) {
                return true;
            }
        }
        return false;
    }

    static boolean isApi(RoutingContext request) {
        return Doors.isApi(request);
    }

    static Response page(int status, String title, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, title, message)).build();
    }
}
