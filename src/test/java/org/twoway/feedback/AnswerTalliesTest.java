package org.twoway.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twoway.Browser;
import org.twoway.TestData;
import org.twoway.customers.Customer;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.ReviewCycle;
import org.twoway.friction.BusinessProcess;
import org.twoway.people.Employee;
import org.twoway.people.Team;

/** The database's running totals of answers, which the report reads, always equal the answers summed afresh. */
@QuarkusTest
class AnswerTalliesTest {

    private final Team team = TestData.team();
    private final ReviewCycle cycle = TestData.cycle(CycleState.open);
    private final Customer customer = TestData.customer(TestData.tier(10));
    private final Employee employee = TestData.employee(team);
    private final BusinessProcess process = TestData.process();

    @Test
    void answersAddedAndRemovedKeepEveryTallyExact() {
        answer(process, Map.of("responsiveness", "5", "solved", "4", "promises", "3", "company", "2", "firstContact", "CHANNEL"));
        answer(process, Map.of("responsiveness", "1", "solved", "2", "promises", "2", "company", "5", "firstContact", "PERSON"));
        answer(null, Map.of("responsiveness", "4", "solved", "4", "promises", "4", "company", "4", "firstContact", "PERSON"));

        // 12 + 5 + 12 = 29 points over three answers; company 2 + 5 + 4 = 11; person twice, channel once.
        assertEquals(List.of(3L, 29L, 11L, 2L, 1L, 0L), pairTally());
        // Only the two answers that name the process: 12 + 5 = 17.
        assertEquals(List.of(2L, 17L), processTally());
        assertEquals(sums(), pairTally());

        // the low answer opened a follow-up, which goes first
        QuarkusTransaction.requiringNew().run(() -> {
            CustomerRating.getEntityManager().createNativeQuery("DELETE FROM follow_up WHERE rating_id IN"
                    + " (SELECT id FROM customer_rating WHERE cycle_id = ?1 AND responsiveness = 1)")
                    .setParameter(1, cycle.id).executeUpdate();
            CustomerRating.getEntityManager()
                    .createNativeQuery("DELETE FROM customer_rating WHERE cycle_id = ?1 AND responsiveness = 1")
                    .setParameter(1, cycle.id).executeUpdate();
        });

        assertEquals(List.of(2L, 24L, 6L, 1L, 1L, 0L), pairTally());
        assertEquals(List.of(1L, 12L), processTally());
        assertEquals(sums(), pairTally());
    }

    private void answer(BusinessProcess about, Map<String, String> answers) {
        Fixtures.answer(Browser.anonymous(), Fixtures.issue(cycle, customer, employee, about), answers)
                .then().statusCode(200);
    }

    private List<Long> pairTally() {
        return row("SELECT answers, score_sum, company_sum, person, channel, escalate FROM answer_pair_tally"
                + " WHERE cycle_id = ?1 AND employee_id = ?2 AND customer_id = ?3");
    }

    private List<Long> processTally() {
        return row("SELECT answers, score_sum FROM answer_process_tally"
                + " WHERE cycle_id = ?1 AND employee_id = ?2 AND process_id = " + process.id);
    }

    private List<Long> sums() {
        return row("SELECT COUNT(*), SUM(responsiveness + solved + promises), SUM(company), SUM(first_contact = 'PERSON'),"
                + " SUM(first_contact = 'CHANNEL'), SUM(first_contact = 'ESCALATE') FROM customer_rating"
                + " WHERE cycle_id = ?1 AND employee_id = ?2 AND customer_id = ?3");
    }

    private List<Long> row(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = CustomerRating.getEntityManager().createNativeQuery(sql)
                    .setParameter(1, cycle.id).setParameter(2, employee.id);
            if (sql.contains("?3")) {
                query.setParameter(3, customer.id);
            }
            Object[] values = (Object[]) query.getSingleResult();
            return Arrays.stream(values).map(value -> ((Number) value).longValue()).toList();
        });
    }
}
