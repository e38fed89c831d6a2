package org.twoway.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Stores a customer's answers, once. The link is claimed first (an UPDATE that only an open, unanswered,
 * unrevoked link passes, and that makes simultaneous submissions wait for each other), then the rating
 * is inserted, copied from the link's row, in one transaction; customer_rating's unique link_id refuses any
 * second answer regardless.
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
        em.createNativeQuery("INSERT INTO customer_rating (link_id, cycle_id, customer_id, employee_id, process_id,"
                        + " responsiveness, solved, promises, company, first_contact, comment, submitted_at)"
                        + " SELECT id, cycle_id, customer_id, employee_id, process_id, :responsiveness, :solved, :promises,"
                        + " :company, :firstContact, :comment, :now FROM feedback_link WHERE id = :id")
                .setParameter("responsiveness", answers.rating("responsiveness"))
                .setParameter("solved", answers.rating("solved"))
                .setParameter("promises", answers.rating("promises"))
                .setParameter("company", answers.rating("company"))
                .setParameter("firstContact", answers.contact().name())
                .setParameter("comment", answers.comment())
                .setParameter("now", now)
                .setParameter("id", linkId)
                .executeUpdate();
        return Outcome.SAVED;
    }
}
