package org.twoway.people;

import io.quarkus.mailer.MailTemplate.MailTemplateInstance;
import io.quarkus.qute.CheckedTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;
import org.twoway.system.TwowayConfig;

/**
 * Tells a person's old address that HR changed the email they sign in with, so that a change they did not
 * expect (someone taking over their login) does not go unnoticed. It is sent once the change is committed,
 * and in the background: HR's save does not wait for the mail server, and a failure is logged.
 */
@ApplicationScoped
class EmailChangeMailer {

    private static final Logger LOG = Logger.getLogger(EmailChangeMailer.class);

    /** Fired by {@link Employees#update} when the email of a person with a login changes. */
    record EmailChanged(long employeeId, String name, String oldEmail, String newEmail) {
    }

    @CheckedTemplate
    static class Templates {
        static native MailTemplateInstance emailChanged(EmailChanged change, String company);
    }

    private final String company;

    EmailChangeMailer(TwowayConfig config) {
        this.company = config.companyName();
    }

    void tell(@Observes(during = TransactionPhase.AFTER_SUCCESS) EmailChanged change) {
        Templates.emailChanged(change, company).to(change.oldEmail())
                .subject("The sign-in email of your Twoway account was changed")
                .send().subscribe().with(sent -> { }, failure -> LOG.warnf(
                        "Telling employee %d's old address of their new email failed: %s", change.employeeId(), failure));
    }
}
