package org.twoway.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.twoway.Browser;
import org.twoway.PageText;
import org.twoway.TestData;
import org.twoway.customers.Customer;
import org.twoway.cycles.ReviewCycle;
import org.twoway.feedback.Fixtures;
import org.twoway.friction.OpenCycles;
import org.twoway.people.Employee;
import org.twoway.people.Team;

/** "A customer came to me": the account manager the written rule proposes, the sentence to say, and the follow-up. */
@QuarkusTest
class DirectContactPagesTest {

    Team team;
    Customer customer;
    ReviewCycle cycle;

    @BeforeEach
    void company() {
        team = TestData.team();
        customer = TestData.customer(TestData.tier(10));
        cycle = OpenCycles.newest();
    }

    @Test
    void theEmployeeWithMostHoursOnTheCustomerIsProposedInTheSentenceToSay() {
        Employee most = TestData.employee(team);
        Employee fewer = TestData.employee(team);
        Fixtures.effort(cycle, fewer, customer, 3);
        Fixtures.effort(cycle, most, customer, 9);
        Employee taker = TestData.employeeWithLogin(team);

        String html = Browser.signedIn(taker.email, TestData.EMPLOYEE_PASSWORD)
                .get("/direct-contacts/new?customer=" + customer.id).then().statusCode(200).extract().asString();
        assertTrue(PageText.mainText(html).contains("Say to " + customer.name + ": “Let me talk with " + most.name
                + " and we’ll call you right back.”"), html);
        assertEquals(most.name, PageText.valueOf(html, "owner"));
    }

    @Test
    void withoutHoursTheOneTheCustomerRatedMostRecentlyIsProposed() {
        Employee earlier = TestData.employee(team);
        Employee recent = TestData.employee(team);
        LoopData.answer(cycle, customer, earlier, "5", "");
        LoopData.answer(cycle, customer, recent, "5", "");

        String html = Browser.hr().get("/direct-contacts/new?customer=" + customer.id).asString();
        assertEquals(recent.name, PageText.valueOf(html, "owner"));
        assertTrue(PageText.mainText(html).contains("“Let me talk with " + recent.name), html);
    }

    @Test
    void theFirstStepAsksForTheCustomerAndRefusesOneNotOnTheList() {
        Browser hr = Browser.hr();
        String first = hr.get("/direct-contacts/new").then().statusCode(200).extract().asString();
        assertTrue(first.contains(customer.name + " (" + customer.ref + ")"), "the customer is offered");
        String unknown = hr.get("/direct-contacts/new?customer=999999999").then().statusCode(400).extract().asString();
        assertEquals("Choose an active customer of the list.", PageText.errorBy(unknown, "customer"));
    }

    @Test
    void theOneRecordingMayChooseAnotherOwnerAndLandsOnTheNewFollowUp() {
        Employee proposed = TestData.employee(team);
        Fixtures.effort(cycle, proposed, customer, 5);
        Employee chosen = TestData.employee(team);
        Browser hr = Browser.hr();

        String location = hr.submit("/direct-contacts", Map.of("customer", customer.id.toString(), "about",
                "Wants a second quote", "via", "EMAIL", "owner", chosen.id.toString()))
                .then().statusCode(303).extract().header("Location");
        FollowUp opened = only(customer);
        assertTrue(location.endsWith("/follow-ups/" + opened.id), location);
        assertEquals(chosen.id, opened.owner.id);
        assertEquals(FollowUpSource.DIRECT_CONTACT, opened.source);
        assertEquals(CameVia.EMAIL, opened.cameVia);
        assertEquals(cycle.id, opened.cycle.id);
        String text = PageText.mainText(hr.get(location).asString());
        assertTrue(text.contains("Recorded: the follow-up on " + customer.name + " is " + chosen.name + "’s"), text);
        assertTrue(text.contains("About Wants a second quote How it came in by email"), text);
    }

    @Test
    void badInputKeepsWhatWasTypedAndStoresNothing() {
        Employee proposed = TestData.employee(team);
        Fixtures.effort(cycle, proposed, customer, 5);
        Browser hr = Browser.hr();

        String noAbout = hr.submit("/direct-contacts", Map.of("customer", customer.id.toString(), "about", " ",
                "via", "PHONE", "owner", proposed.id.toString())).then().statusCode(400).extract().asString();
        assertEquals("Say in a few words what the customer came about.", PageText.errorBy(noAbout, "about"));
        String noVia = hr.submit("/direct-contacts", Map.of("customer", customer.id.toString(), "about", "A complaint",
                "owner", proposed.id.toString())).then().statusCode(400).extract().asString();
        assertEquals("Choose how the customer came to you.", PageText.errorBy(noVia, "via"));
        assertEquals("A complaint", PageText.valueOf(noVia, "about"));
        assertEquals(proposed.name, PageText.valueOf(noVia, "owner"));
        Customer unserved = TestData.customer(TestData.tier(10));
        String nobody = hr.submit("/direct-contacts", Map.of("customer", unserved.id.toString(), "about", "A complaint",
                "via", "PHONE", "owner", "")).then().statusCode(400).extract().asString();
        assertEquals("Nobody has served " + unserved.name + " yet: choose who owns the relationship.",
                PageText.errorBy(nobody, "owner"));
        assertEquals(0, count(customer) + count(unserved));
    }

    @Test
    void withNoCycleOpenItSaysSoAndStoresNothing() {
        List<Long> open = QuarkusTransaction.requiringNew().call(ReviewCycle::openIds);
        setState(open, "closed");
        try {
            Browser hr = Browser.hr();
            String page = PageText.mainText(hr.get("/direct-contacts/new").then().statusCode(200).extract().asString());
            assertTrue(page.contains("No review cycle is open, so a direct contact cannot be recorded now."), page);
            String refused = hr.submit("/direct-contacts", Map.of("customer", customer.id.toString(), "about", "A complaint",
                    "via", "PHONE", "owner", "")).then().statusCode(409).extract().asString();
            assertTrue(PageText.mainText(refused).contains("No cycle is open; open one to record direct contacts."), refused);
        } finally {
            setState(open, "open");
        }
        assertEquals(0, count(customer));
    }

    private static void setState(List<Long> cycles, String state) {
        QuarkusTransaction.requiringNew().run(() -> ReviewCycle.getEntityManager()
                .createNativeQuery("UPDATE review_cycle SET state = ?1 WHERE id IN (?2)")
                .setParameter(1, state).setParameter(2, cycles).executeUpdate());
    }

    private static long count(Customer customer) {
        return QuarkusTransaction.requiringNew().call(() -> FollowUp.count("customer.id", customer.id));
    }

    private static FollowUp only(Customer customer) {
        return QuarkusTransaction.requiringNew().call(() -> FollowUp.<FollowUp>find("customer.id", customer.id).singleResult());
    }
}
