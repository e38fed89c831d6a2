package org.twoway.feedback;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.twoway.feedback.CustomerLinks.CustomerLink;
import org.jboss.logging.Logger;
import org.twoway.system.Errors;
import org.twoway.system.TwowayConfig;

/**
 * The customer's page behind a feedback link: the questionnaire, in English or German, answered without
 * an account. An unknown, revoked or expired link gets one and the same 404 page; a used one a 410 that
 * thanks them. The token is looked up only by its hash ({@link CustomerLinks}) and never logged.
 */
@Path("/f/{token}")
@Produces(MediaType.TEXT_HTML)
public class FeedbackPage {

    private static final Logger LOG = Logger.getLogger(FeedbackPage.class);

    /**
     * The questionnaire as shown: for whom, and the answers so far with the fields that need another look;
     * {@code unsaved} when they were sent but could not be stored, so that the customer sends them again.
     */
    public record Questionnaire(String token, String employee, String process, SubmittedAnswers answers, Set<String> invalid,
            String csrf, boolean unsaved) {
        public boolean wrong(String field) {
            return invalid.contains(field);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Visitor v, Questionnaire q);

        /** @param callBackDays the working days promised to a customer who asked to be called back; null: none asked */
        static native TemplateInstance thanks(Visitor v, String employee, Integer callBackDays);

        static native TemplateInstance used(Visitor v);

        static native TemplateInstance invalid(Visitor v);

        static native TemplateInstance tooMany(Visitor v);

        static native TemplateInstance notSent(Visitor v, String token);
    }

    private final CustomerLinks links;
    private final BlankForms blankForms;
    private final Ratings ratings;
    private final AnswerFollowUps followUps;
    private final CsrfTokenParameterProvider csrf;
    private final String company;

    FeedbackPage(CustomerLinks links, BlankForms blankForms, Ratings ratings, AnswerFollowUps followUps,
            CsrfTokenParameterProvider csrf, TwowayConfig config) {
        this.links = links;
        this.blankForms = blankForms;
        this.ratings = ratings;
        this.followUps = followUps;
        this.csrf = csrf;
        this.company = config.companyName();
    }

    /** Served without blocking a thread: the link is found asynchronously and the blank form joined from its pieces. */
    @GET
    public CompletionStage<Response> showForm(@RestPath String token, @RestQuery String lang, HttpHeaders headers) {
        Visitor visitor = Visitor.of(lang, headers.getAcceptableLanguages(), company);
        String csrfToken = csrf.getToken();
        return links.find(token).thenApply(link -> link.isPresent() && link.get().open()
                ? page(200, visitor, blankForms.page(visitor, token, link.get(), csrfToken))
                : closed(visitor, link));
    }

    /**
     * Checked and stored without a thread waiting on the database. The form itself is read on a worker
     * thread ({@link Blocking}), where a body over the size limits is answered 413 like on every other page.
     */
    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public CompletionStage<Response> submit(@RestPath String token, @RestQuery String lang, HttpHeaders headers,
            @RestForm String responsiveness, @RestForm String solved, @RestForm String promises,
            @RestForm String company, @RestForm String firstContact, @RestForm String comment, @RestForm String callBack) {
        Visitor visitor = Visitor.of(lang, headers.getAcceptableLanguages(), this.company);
        String csrfToken = csrf.getToken();
        SubmittedAnswers answers = new SubmittedAnswers(responsiveness, solved, promises, company, firstContact, comment,
                callBack);
        return links.find(token).thenCompose(link -> {
            if (link.isEmpty() || !link.get().open()) {
                return CompletableFuture.completedFuture(closed(visitor, link));
            }
            Set<String> invalid = answers.invalidFields();
            if (!invalid.isEmpty()) {
                Questionnaire questionnaire = new Questionnaire(token, link.get().employee(), link.get().process(),
                        answers, invalid, csrfToken, false);
                return CompletableFuture.completedFuture(page(400, visitor, Templates.form(visitor, questionnaire)));
            }
            return ratings.record(link.get(), answers).thenApply(outcome -> switch (outcome) {
                case SAVED -> page(200, visitor, Templates.thanks(visitor, link.get().employee(),
                        answers.wantsCallBack() ? followUps.workingDaysToCallBack() : null));
                case ALREADY_ANSWERED -> page(410, visitor, Templates.used(visitor));
                case NOT_OPEN -> page(404, visitor, Templates.invalid(visitor));
            }).exceptionally(failure -> unsaved(visitor, token, link.get(), answers, csrfToken, failure));
        });
    }

    /**
     * Answers that could not be stored (nothing of them was: one transaction) come back in the form, as the
     * customer gave them, to be sent again: 503 while the database is out of reach, 500 for a fault of ours.
     */
    private static Response unsaved(Visitor visitor, String token, CustomerLink link, SubmittedAnswers answers, String csrf,
            Throwable failure) {
        boolean outOfReach = Errors.databaseUnreachable(failure);
        if (outOfReach) {
            LOG.warnf("Database unreachable while storing a customer's answers: %s", failure);
        } else {
            LOG.error("Storing a customer's answers failed; nothing was stored", failure);
        }
        Questionnaire questionnaire = new Questionnaire(token, link.employee(), link.process(), answers, Set.of(), csrf, true);
        return page(outOfReach ? 503 : 500, visitor, Templates.form(visitor, questionnaire));
    }

    /** Thanks again for a used link; for an unknown, revoked or expired one, the same page whichever it is. */
    private static Response closed(Visitor visitor, Optional<CustomerLink> link) {
        if (link.isPresent() && link.get().answered()) {
            return page(410, visitor, Templates.used(visitor));
        }
        return page(404, visitor, Templates.invalid(visitor));
    }

    /** A page in the visitor's language, rendered here so that it is declared UTF-8 whatever the status. */
    static Response page(int status, Visitor visitor, TemplateInstance page) {
        return page(status, visitor, page.setLocale(visitor.locale()).render());
    }

    private static Response page(int status, Visitor visitor, String html) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .language(visitor.locale())
                .entity(html)
                .build();
    }
}
