package org.twoway.loop;

import io.quarkus.mailer.MailTemplate.MailTemplateInstance;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.twoway.cycles.ReviewCycle;
import org.twoway.feedback.FeedbackConfig;
import org.twoway.system.CompanyTime;
import org.twoway.system.TwowayConfig;

/**
 * Tells an owner about a follow-up that is theirs (opened, or handed to them), through the same kind of queue as
 * the feedback links and on its schedule ({@code twoway.feedback.mail.*}): each email is claimed under a row lock
 * before it goes out, a failure is tried again {@code twoway.loop.mail-retry-after} later up to
 * {@code twoway.loop.mail-attempts} times, and nothing here ever holds up a customer's answer, which only queued
 * it. The email names the customer and the due time and links to the follow-up; what the customer wrote stays
 * behind the owner's login.
 */
@ApplicationScoped
public class FollowUpMailer {

    private static final Logger LOG = Logger.getLogger(FollowUpMailer.class);
    private static final Duration SMTP_TIMEOUT = Duration.ofSeconds(60);
    private static final int ERROR_LENGTH = 500;

    /** One email to one owner about one follow-up. */
    public record Envelope(long followUpId, String to, String owner, String customer, String why, String due, String url,
            String company) {
    }

    @CheckedTemplate
    static class Templates {
        static native MailTemplateInstance opened(Envelope mail);
    }

    private final EntityManager em;
    private final LoopConfig config;
    private final FeedbackConfig.Mail queue;
    private final TwowayConfig twoway;

    FollowUpMailer(EntityManager em, LoopConfig config, FeedbackConfig feedback, TwowayConfig twoway) {
        this.em = em;
        this.config = config;
        this.queue = feedback.mail();
        this.twoway = twoway;
    }

    @Scheduled(every = "{twoway.feedback.mail.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void work() {
        retryInterrupted();
        sendQueued();
    }

    /** Emails the owners of queued follow-ups in open cycles, a batch at a time; returns how many went out. */
    public int sendQueued() {
        int sent = 0;
        for (Long id : due()) {
            Optional<Envelope> mail = QuarkusTransaction.requiringNew().call(() -> claim(id));
            if (mail.isPresent() && deliver(mail.get())) {
                sent++;
            }
        }
        return sent;
    }

    /** A send claimed longer ago than {@code mail.interrupted-after} never finished (a crash): it goes back in the queue. */
    void retryInterrupted() {
        Instant cutoff = Instant.now().minus(queue.interruptedAfter());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE follow_up SET mail_state = 'queued'"
                        + " WHERE mail_state = 'sending' AND mail_started_at < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate());
    }

    @SuppressWarnings("unchecked")
    private List<Long> due() {
        Instant retryBefore = Instant.now().minus(config.mailRetryAfter());
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Long> open = ReviewCycle.openIds();
            if (open.isEmpty()) {
                return List.<Long>of();
            }
            return (List<Long>) em.createNativeQuery("SELECT id FROM follow_up WHERE mail_state = 'queued'"
                            + " AND owner_id IS NOT NULL AND closed_at IS NULL AND cycle_id IN (:open)"
                            + " AND (mail_started_at IS NULL OR mail_started_at < :retryBefore) ORDER BY id LIMIT :batch", Long.class)
                    .setParameter("open", open)
                    .setParameter("retryBefore", retryBefore)
                    .setParameter("batch", queue.batchSize())
                    .getResultList();
        });
    }

    private Optional<Envelope> claim(long id) {
        FollowUp followUp = FollowUp.lock(id);
        if (followUp == null || followUp.mailState != MailState.queued || followUp.owner == null || followUp.isClosed()
                || !followUp.cycle.isOpen()) {
            return Optional.empty();
        }
        followUp.mailState = MailState.sending;
        followUp.mailStartedAt = Instant.now();
        followUp.mailAttempts++;
        return Optional.of(new Envelope(followUp.id, followUp.owner.email, followUp.owner.name, followUp.customer.name,
                why(followUp), CompanyTime.deadline(followUp.dueAt), twoway.baseUrl() + LoopUris.followUp(followUp.id),
                twoway.companyName()));
    }

    private static String why(FollowUp followUp) {
        if (followUp.source == FollowUpSource.DIRECT_CONTACT) {
            return "came to " + (followUp.recordedBy == null ? "us" : followUp.recordedBy.email) + " directly instead of to you";
        }
        return "answered your feedback link in a way that asks you to get in touch";
    }

    private boolean deliver(Envelope mail) {
        try {
            Templates.opened(mail).to(mail.to()).subject("Follow-up for you: " + mail.customer())
                    .send().await().atMost(SMTP_TIMEOUT);
            QuarkusTransaction.requiringNew().run(() -> sent(mail.followUpId()));
            return true;
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.warnf("Emailing the owner of follow-up %d failed: %s", mail.followUpId(), reason);
            QuarkusTransaction.requiringNew().run(() -> failed(mail.followUpId(), reason));
            return false;
        }
    }

    /** Locked, like every write of a follow-up: the row is written whole, and a close made meanwhile must not be lost. */
    private void sent(long id) {
        FollowUp followUp = FollowUp.lock(id);
        followUp.mailState = MailState.sent;
        followUp.mailError = null;
        followUp.mailedAt = Instant.now();
    }

    /** Tried again after {@code mail-retry-after} while attempts are left; failed for good after the last. */
    private void failed(long id, String reason) {
        FollowUp followUp = FollowUp.lock(id);
        followUp.mailState = followUp.mailAttempts < config.mailAttempts() ? MailState.queued : MailState.failed;
        followUp.mailError = reason.length() > ERROR_LENGTH ? reason.substring(0, ERROR_LENGTH - 3) + "..." : reason;
    }
}
