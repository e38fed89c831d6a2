package org.twoway.feedback;

import io.quarkus.mailer.MailTemplate.MailTemplateInstance;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.twoway.cycles.ReviewCycle;
import org.twoway.system.RowLocks;
import org.twoway.system.Tokens;
import org.twoway.system.TwowayConfig;

/**
 * Emails feedback links in the background: the invitations HR queued, and reminders for unanswered
 * ones. Each link is claimed under a row lock before its email goes out (queued → sending), so two
 * workers never send the same email and nothing is sent twice by accident; a failure is kept on the link
 * for HR to retry, and a send interrupted by a crash is reported as failed, not repeated blindly.
 * Nothing is sent for a link that is answered, revoked, or whose cycle is not open.
 */
@ApplicationScoped
public class LinkMailer {

    private static final Logger LOG = Logger.getLogger(LinkMailer.class);
    private static final Duration SMTP_TIMEOUT = Duration.ofSeconds(60);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** One email about one link, with a token of its own in the url. */
    public record Envelope(long linkId, String to, String company, String employee, String process, String url,
            String openUntil) {
    }

    @CheckedTemplate
    static class Templates {
        static native MailTemplateInstance invitation(Envelope mail);

        static native MailTemplateInstance reminder(Envelope mail);
    }

    private final EntityManager em;
    private final Links links;
    private final FeedbackConfig config;
    private final String company;

    LinkMailer(EntityManager em, Links links, FeedbackConfig config, TwowayConfig twoway) {
        this.em = em;
        this.links = links;
        this.config = config;
        this.company = twoway.companyName();
    }

    @Scheduled(every = "{twoway.feedback.mail.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void work() {
        reportInterrupted();
        sendQueued();
        remind();
    }

    /** Emails the queued invitations of open cycles, a batch at a time; returns how many went out. */
    public int sendQueued() {
        int sent = 0;
        for (Long id : due("l.send_state = 'queued'", null)) {
            Optional<Envelope> mail = QuarkusTransaction.requiringNew().call(() -> claimInvitation(id));
            if (mail.isPresent() && deliver(mail.get(), Templates.invitation(mail.get()),
                    "How did " + mail.get().employee() + " do? A minute of feedback for " + company)) {
                QuarkusTransaction.requiringNew().run(() -> sent(id));
                sent++;
            }
        }
        return sent;
    }

    /**
     * Reminds customers who have not answered, {@code twoway.feedback.reminders.after-days} after the
     * invitation or the previous reminder, at most {@code reminders.max} times; returns how many went out.
     */
    public int remind() {
        int max = config.reminders().max();
        if (max <= 0) {
            return 0;
        }
        Instant due = Instant.now().minus(config.reminders().afterDays(), ChronoUnit.DAYS);
        int sent = 0;
        for (Long id : due("l.send_state = 'sent' AND l.reminders_sent < :max"
                + " AND COALESCE(l.last_reminded_at, l.sent_at) <= :due", due)) {
            Optional<Envelope> mail = QuarkusTransaction.requiringNew().call(() -> claimReminder(id, max, due));
            if (mail.isPresent() && deliver(mail.get(), Templates.reminder(mail.get()),
                    "Reminder: how did " + mail.get().employee() + " do? A minute of feedback for " + company)) {
                sent++;
            }
        }
        return sent;
    }

    /** Sends claimed longer ago than {@code mail.interrupted-after} never finished: they are failed, for HR to retry. */
    void reportInterrupted() {
        Instant cutoff = Instant.now().minus(config.mail().interruptedAfter());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE feedback_link"
                        + " SET send_state = 'failed', send_error = 'Sending was interrupted; the email may not have"
                        + " gone out. Retry to send it.' WHERE send_state = 'sending' AND send_started_at < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate());
    }

    @SuppressWarnings("unchecked")
    private List<Long> due(String condition, Instant due) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Long> open = ReviewCycle.openIds();
            if (open.isEmpty()) {
                return List.<Long>of();
            }
            var query = em.createNativeQuery("SELECT l.id FROM feedback_link l WHERE " + condition
                            + " AND l.used_at IS NULL AND l.revoked_at IS NULL AND l.cycle_id IN (:open)"
                            + " ORDER BY l.id LIMIT :batch", Long.class)
                    .setParameter("open", open)
                    .setParameter("batch", config.mail().batchSize());
            if (due != null) {
                query.setParameter("max", config.reminders().max()).setParameter("due", due);
            }
            return (List<Long>) query.getResultList();
        });
    }

    private Optional<Envelope> claimInvitation(long id) {
        FeedbackLink link = RowLocks.lock(em, FeedbackLink.class, "feedback_link", id);
        if (link == null || link.sendState != SendState.queued || !link.isOpen()) {
            return Optional.empty();
        }
        if (!hasEmail(link)) {
            link.sendState = SendState.failed;
            link.sendError = "The customer has no email address.";
            return Optional.empty();
        }
        link.sendState = SendState.sending;
        link.sendStartedAt = Instant.now();
        link.sendAttempts++;
        return Optional.of(envelope(link));
    }

    private Optional<Envelope> claimReminder(long id, int max, Instant due) {
        FeedbackLink link = RowLocks.lock(em, FeedbackLink.class, "feedback_link", id);
        if (link == null || link.sendState != SendState.sent || !link.isOpen() || link.remindersSent >= max
                || (link.lastRemindedAt == null ? link.sentAt : link.lastRemindedAt).isAfter(due) || !hasEmail(link)) {
            return Optional.empty();
        }
        link.remindersSent++;
        link.lastRemindedAt = Instant.now();
        return Optional.of(envelope(link));
    }

    /** The email for a claimed link, with a new token stored (hashed) before the email can reach anyone. */
    private Envelope envelope(FeedbackLink link) {
        String token = Tokens.random();
        LinkToken address = new LinkToken();
        address.link = link;
        address.tokenHash = Tokens.sha256(token);
        address.persist();
        return new Envelope(link.id, link.customer.email.strip(), company, link.employee.name,
                link.process == null ? null : link.process.name, links.url(token), DAY.format(link.cycle.endsOn));
    }

    /** Sends one email; a failure is recorded on the link (never with its address) and reported as false. */
    private boolean deliver(Envelope mail, MailTemplateInstance email, String subject) {
        try {
            email.to(mail.to()).subject(subject).send().await().atMost(SMTP_TIMEOUT);
            return true;
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.warnf("Emailing feedback link %d failed: %s", mail.linkId(), reason);
            QuarkusTransaction.requiringNew().run(() -> failed(mail.linkId(), reason));
            return false;
        }
    }

    private void failed(long id, String reason) {
        FeedbackLink link = RowLocks.lock(em, FeedbackLink.class, "feedback_link", id);
        String error = (link.sendState == SendState.sending ? "" : "Reminder failed: ") + reason;
        link.sendError = error.length() > 500 ? error.substring(0, 497) + "..." : error;
        if (link.sendState == SendState.sending) {
            link.sendState = SendState.failed;
        }
    }

    private void sent(long id) {
        FeedbackLink link = RowLocks.lock(em, FeedbackLink.class, "feedback_link", id);
        link.sendState = SendState.sent;
        link.sendError = null;
        link.sentAt = Instant.now();
    }

    private static boolean hasEmail(FeedbackLink link) {
        return link.customer.email != null && !link.customer.email.isBlank();
    }
}
