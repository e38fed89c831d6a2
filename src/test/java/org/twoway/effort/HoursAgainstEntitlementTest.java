package org.twoway.effort;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Engine;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.twoway.Browser;
import org.twoway.TestData;
import org.twoway.customers.Customer;
import org.twoway.customers.HoursAgainstEntitlement;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.ReviewCycle;
import org.twoway.people.Employee;

@QuarkusTest
class HoursAgainstEntitlementTest {

    @Inject
    Engine engine;

    private final Employee ana = TestData.employee(TestData.team());
    private final Employee ben = TestData.employee(TestData.team());
    private final Customer acme = TestData.customer(TestData.tier(20));
    private final Customer globex = TestData.customer(TestData.tier(40));
    private final ReviewCycle cycle = TestData.cycle(CycleState.open);

    @Test
    void hoursByCustomerAddsEveryonesEntriesOfThatCustomerInThatCycleOnly() {
        EffortData.entry(cycle, ana, acme, "40", EffortEntry.FORM);
        EffortData.entry(cycle, ben, acme, "20.5", EffortEntry.IMPORT);
        EffortData.entry(cycle, ana, acme, "3.5", EffortEntry.API);
        EffortData.entry(cycle, ana, globex, "7", EffortEntry.FORM);
        EffortData.entry(TestData.cycle(CycleState.closed), ana, acme, "100", EffortEntry.FORM);

        assertEquals(0, new BigDecimal("64").compareTo(hours(acme)));
        assertEquals(0, new BigDecimal("7").compareTo(hours(globex)));
        assertEquals(0, BigDecimal.ZERO.compareTo(hours(TestData.customer(TestData.tier(1)))));
    }

    @Test
    void tagDrawsTheBarAgainstTheEntitlementMark() {
        // 64 h against 20 h: the bar fills the scale (64 is the larger), the mark sits at 20/64 = 31.25 -> 31.3.
        String over = engine.getTemplate("tags/hoursAgainstEntitlement")
                .data("usage", new HoursAgainstEntitlement(new BigDecimal("64.00"), new BigDecimal("20.00"))).render();
        assertTrue(over.contains("64 h received of 20 h entitled"), over);
        assertTrue(over.contains("3.2×, over the commitment"), over);
        assertTrue(over.contains("width=\"100.0\" height=\"8\" fill=\"#a3121f\""), over);
        assertTrue(over.contains("x1=\"31.3\""), over);
        assertTrue(!over.contains("style="), "no inline style under the CSP");

        // 10 h against 40 h: the bar reaches 25 of the scale, the mark sits at its end.
        String under = engine.getTemplate("tags/hoursAgainstEntitlement")
                .data("usage", new HoursAgainstEntitlement(new BigDecimal("10.00"), new BigDecimal("40.00"))).render();
        assertTrue(under.contains("10 h received of 40 h entitled"), under);
        assertTrue(under.contains("(0.3×)"), under);
        assertTrue(under.contains("width=\"25.0\" height=\"8\" fill=\"#1d6b36\""), under);
        assertTrue(under.contains("x1=\"100.0\""), under);
    }

    @Test
    void hrSeesEachCustomersHoursAgainstItsTierMostOverServedFirst() {
        EffortData.entry(cycle, ana, acme, "64", EffortEntry.FORM);
        EffortData.entry(cycle, ben, globex, "10", EffortEntry.IMPORT);
        String html = Browser.hr().get("/hr/cycles/" + cycle.id + "/effort").then().statusCode(200)
                .body(containsString("<h1>Effort by customer in " + cycle.name + "</h1>"))
                .body(containsString("64 h received of 20 h entitled"))
                .body(containsString("10 h received of 40 h entitled"))
                .body(containsString("href=\"/hr/cycles/" + cycle.id + "/effort/import\""))
                .extract().asString();
        assertTrue(html.indexOf(acme.name) < html.indexOf(globex.name), "3.2x before 0.25x");
    }

    private BigDecimal hours(Customer customer) {
        return QuarkusTransaction.requiringNew().call(() -> EffortEntry.hoursByCustomer(cycle.id, customer.id));
    }
}
