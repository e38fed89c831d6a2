package org.twoway.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Stores a customer's answers, once. The link is claimed first (an UPDATE that only an open, unanswered,
 * unrevoked link passes, and that makes simultaneous submissions wait for each other), then the rating
 * is inserted, in one transaction; customer_rating's unique link_id refuses any second answer regardless.
 */
@ApplicationScoped
public class Ratings {

    public enum Outcome {
        SAVED, ALREADY_ANSWERED, NOT_OPEN
    }

    private final EntityManager em;

    Ratings(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public Outcome record(long linkId, Answers answers) {
        Instant now = Instant.now();
        int claimed = em.createNativeQuery("UPDATE feedback_link l JOIN review_cycle c ON c.id = l.cycle_id"
                        + " SET l.used_at = :now"
                        + " WHERE l.id = :id AND l.used_at IS NULL AND l.revoked_at IS NULL AND c.state = 'open'")
                .setParameter("now", now)
                .setParameter("id", linkId)
                .executeUpdate();
        if (claimed == 0) {
            Object usedAt = em.createNativeQuery("SELECT used_at FROM feedback_link WHERE id = :id")
                    .setParameter("id", linkId)
                    .getSingleResult();
            return usedAt == null ? Outcome.NOT_OPEN : Outcome.ALREADY_ANSWERED;
        }
        FeedbackLink link = FeedbackLink.findById(linkId);
        CustomerRating rating = new CustomerRating();
        rating.link = link;
        rating.cycle = link.cycle;
        rating.customer = link.customer;
        rating.employee = link.employee;
        rating.process = link.process;
        rating.responsiveness = answers.rating("responsiveness");
        rating.solved = answers.rating("solved");
        rating.promises = answers.rating("promises");
        rating.company = answers.rating("company");
        rating.firstContact = answers.contact();
        rating.comment = answers.comment();
        rating.submittedAt = now;
        rating.persistAndFlush();
        return Outcome.SAVED;
    }
}
