package org.twoway.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the report and follow-up pages read of customers' answers: about one employee, from one customer, or one answer. */
@ApplicationScoped
public class RatingQueries {

    /** The answers about one employee: how many, and the sum of the three questions the score counts. */
    public record AboutEmployee(String email, long responses, long sumOfThree) {
    }

    /** A comment written about an employee, with the customer who wrote it. */
    public record Comment(String customer, String text, Instant at) {
    }

    /** One customer's answers to one link, with the employee they are about. */
    public record Answer(String employee, String email, int responsiveness, int solved, int promises, int company,
            FirstContactChoice firstContact, String comment, Instant at) {
    }

    private static final String ANSWER_COLUMNS = "e.name, e.email, r.responsiveness, r.solved, r.promises, r.company,"
            + " r.firstContact, r.comment, r.submittedAt from CustomerRating r join r.employee e";
    private static final String ANSWER = "select " + ANSWER_COLUMNS;
    /** Ids per query of {@link #answers(Collection)}: a statement takes at most 65,535 parameters. */
    private static final int IDS_PER_QUERY = 1000;

    private final EntityManager em;

    RatingQueries(EntityManager em) {
        this.em = em;
    }

    /** The mean of each question the score counts (responsiveness, solved, promises) about an employee; null unanswered. */
    public List<Double> questionMeans(long cycleId, long employeeId) {
        Object[] means = em.createQuery("select avg(r.responsiveness), avg(r.solved), avg(r.promises) from CustomerRating r"
                + " where r.cycle.id = ?1 and r.employee.id = ?2", Object[].class)
                .setParameter(1, cycleId).setParameter(2, employeeId).getSingleResult();
        List<Double> questions = new ArrayList<>();
        for (Object mean : means) {
            questions.add(mean == null ? null : ((Number) mean).doubleValue());
        }
        return questions;
    }

    /** The comments about an employee, oldest first. */
    public List<Comment> comments(long cycleId, long employeeId) {
        return em.createQuery("select c.name, r.comment, r.submittedAt from CustomerRating r join r.customer c"
                + " where r.cycle.id = ?1 and r.employee.id = ?2 and r.comment is not null and r.comment <> ''"
                + " order by r.submittedAt, r.id", Object[].class)
                .setParameter(1, cycleId).setParameter(2, employeeId).getResultList().stream()
                .map(r -> new Comment((String) r[0], (String) r[1], (Instant) r[2])).toList();
    }

    /** A customer's answers, per employee they are about. */
    public List<AboutEmployee> byEmployee(long cycleId, long customerId) {
        return em.createQuery("select e.email, count(r), sum(r.responsiveness + r.solved + r.promises) from CustomerRating r"
                        + " join r.employee e where r.cycle.id = ?1 and r.customer.id = ?2 group by e.email", Object[].class)
                .setParameter(1, cycleId).setParameter(2, customerId).getResultList().stream()
                .map(row -> new AboutEmployee((String) row[0], (Long) row[1], ((Number) row[2]).longValue())).toList();
    }

    /** Every answer of a customer, oldest first. */
    public List<Answer> answers(long cycleId, long customerId) {
        return em.createQuery(ANSWER + " where r.cycle.id = ?1 and r.customer.id = ?2 order by r.submittedAt, r.id", Object[].class)
                .setParameter(1, cycleId).setParameter(2, customerId).getResultList().stream()
                .map(RatingQueries::answer)
                .toList();
    }

    /** One answer, by its id. */
    public Optional<Answer> answer(long ratingId) {
        return em.createQuery(ANSWER + " where r.id = ?1", Object[].class).setParameter(1, ratingId).getResultStream()
                .findFirst().map(RatingQueries::answer);
    }

    /** Answers by their ids, in a query per thousand: the answers behind a cycle's follow-ups. */
    public Map<Long, Answer> answers(Collection<Long> ratingIds) {
        List<Long> ids = List.copyOf(ratingIds);
        Map<Long, Answer> answers = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            em.createQuery("select r.id, " + ANSWER_COLUMNS + " where r.id in ?1", Object[].class)
                    .setParameter(1, ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY))).getResultStream()
                    .forEach(row -> answers.put((Long) row[0], answer(Arrays.copyOfRange(row, 1, row.length))));
        }
        return answers;
    }

    /** The employees a customer's answers were about, the most recent answer's first, in any cycle. */
    /** The cycles in which the employee was rated. */
    public List<Long> cyclesRating(long employeeId) {
        return em.createQuery("select distinct r.cycle.id from CustomerRating r where r.employee.id = ?1", Long.class)
                .setParameter(1, employeeId).getResultList();
    }

    public List<Long> employeesRatedBy(long customerId) {
        return em.createQuery("select r.employee.id from CustomerRating r where r.customer.id = ?1"
                        + " group by r.employee.id order by max(r.submittedAt) desc, max(r.id) desc", Long.class)
                .setParameter(1, customerId).setMaxResults(20).getResultList();
    }

    private static Answer answer(Object[] row) {
        return new Answer((String) row[0], (String) row[1], ((Number) row[2]).intValue(), ((Number) row[3]).intValue(),
                ((Number) row[4]).intValue(), ((Number) row[5]).intValue(), (FirstContactChoice) row[6], (String) row[7],
                (Instant) row[8]);
    }
}
