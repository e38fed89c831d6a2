package org.twoway.feedback;

import jakarta.persistence.EntityManager;
import org.twoway.customers.Customer;
import org.twoway.system.Numbers;

/**
 * A cycle's links in numbers, counted in SQL. The response rate is answered links out of those issued and
 * not revoked (a revoked link never had its chance).
 *
 * @param waiting queued or being sent right now
 * @param sendable open, never emailed, and the customer has an address
 * @param retryable open, and the last email failed
 * @param withoutEmail open, never emailed, and the customer has no address: HR shares these another way
 */
public record LinkCounts(long issued, long sent, long answered, long failed, long revoked, long waiting,
        long sendable, long retryable, long withoutEmail) {

    private static final String OPEN = "used_at IS NULL AND revoked_at IS NULL";
    private static final String HAS_EMAIL = "customer_id NOT IN (:noEmail)";

    static LinkCounts of(EntityManager em, long cycleId) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT COUNT(*),"
                        + " COALESCE(SUM(send_state = 'sent'), 0),"
                        + " COALESCE(SUM(used_at IS NOT NULL), 0),"
                        + " COALESCE(SUM(send_state = 'failed'), 0),"
                        + " COALESCE(SUM(revoked_at IS NOT NULL), 0),"
                        + " COALESCE(SUM(send_state IN ('queued', 'sending')), 0),"
                        + " COALESCE(SUM(send_state = 'unsent' AND " + OPEN + " AND " + HAS_EMAIL + "), 0),"
                        + " COALESCE(SUM(send_state = 'failed' AND " + OPEN + " AND " + HAS_EMAIL + "), 0),"
                        + " COALESCE(SUM(send_state = 'unsent' AND " + OPEN + " AND NOT (" + HAS_EMAIL + ")), 0)"
                        + " FROM feedback_link WHERE cycle_id = :cycle")
                .setParameter("cycle", cycleId)
                .setParameter("noEmail", Customer.idsWithoutEmail())
                .getSingleResult();
        long[] n = new long[row.length];
        for (int i = 0; i < row.length; i++) {
            n[i] = ((Number) row[i]).longValue();
        }
        return new LinkCounts(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8]);
    }

    /** Answered out of issued and not revoked, or null before any such link exists. */
    public Double responseRate() {
        long live = issued - revoked;
        return live == 0 ? null : (double) answered / live;
    }

    /** The response rate as the page shows it, e.g. "72 %" or "–" before any link. */
    public String responseRateText() {
        return Numbers.wholePercent(responseRate());
    }
}
