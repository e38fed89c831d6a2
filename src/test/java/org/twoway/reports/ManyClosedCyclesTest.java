package org.twoway.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.twoway.Browser;
import org.twoway.PageText;
import org.twoway.TestData;
import org.twoway.customers.Customer;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.ReviewCycle;
import org.twoway.effort.EffortEntry;
import org.twoway.people.Employee;

/** A company with years of closed cycles: a scorecard's trend and "My scorecards" stay bounded. */
@QuarkusTest
class ManyClosedCyclesTest {

    private static final Pattern TICK = Pattern.compile("text-anchor=\"middle\" class=\"axis\">");

    @Test
    void aScorecardsTrendShowsTheLatestEightClosedCyclesBeforeItAndTheListIsPaged() {
        Employee ann = TestData.employeeWithLogin(TestData.team());
        List<ReviewCycle> old = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            old.add(closedCycleStarting(LocalDate.now().minusYears(3).plusWeeks(i)));
        }
        ReviewCycle latest = TestData.cycle(CycleState.closed);
        Customer customer = TestData.customer(TestData.tier(10));
        old.forEach(cycle -> hours(cycle, ann, customer));
        hours(latest, ann, customer);

        String scorecard = Browser.hr().get("/hr/cycles/" + latest.id + "/employees/" + ann.id)
                .then().statusCode(200).extract().asString();
        assertEquals(9, TICK.matcher(scorecard).results().count(), "eight earlier cycles and this one");
        assertTrue(scorecard.contains(">" + latest.name + "<"), scorecard);
        assertFalse(scorecard.contains(">" + old.get(0).name + "<"), "the oldest of many closed cycles is off the line");

        Browser me = Browser.signedIn(ann.email, TestData.EMPLOYEE_PASSWORD);
        String first = PageText.mainText(me.get("/me/scorecards").then().statusCode(200).extract().asString());
        assertTrue(first.contains(latest.name), first);
        assertTrue(first.contains("Page 1 of 2 Older cycles"), first);
        assertFalse(first.contains(old.get(1).name), "the two oldest are on the second page");
        String second = PageText.mainText(me.get("/me/scorecards?page=2").then().statusCode(200).extract().asString());
        assertTrue(second.contains(old.get(0).name) && second.contains(old.get(1).name), second);
        assertTrue(second.contains("Newer cycles Page 2 of 2"), second);
        assertFalse(second.contains(latest.name), second);
    }

    private static void hours(ReviewCycle cycle, Employee employee, Customer customer) {
        QuarkusTransaction.requiringNew().run(() -> {
            EffortEntry hours = new EffortEntry();
            hours.cycle = ReviewCycle.findById(cycle.id);
            hours.employee = Employee.findById(employee.id);
            hours.customer = Customer.findById(customer.id);
            hours.hours = new BigDecimal("3");
            hours.createdAt = Instant.now();
            hours.persist();
        });
    }

    private static ReviewCycle closedCycleStarting(LocalDate day) {
        ReviewCycle cycle = TestData.cycle(CycleState.closed);
        QuarkusTransaction.requiringNew().run(() -> {
            ReviewCycle stored = ReviewCycle.findById(cycle.id);
            stored.startsOn = day;
            stored.endsOn = day.plusDays(6);
        });
        cycle.startsOn = day;
        return cycle;
    }
}
