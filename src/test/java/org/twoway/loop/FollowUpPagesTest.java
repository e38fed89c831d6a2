package org.twoway.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.twoway.Browser;
import org.twoway.PageText;
import org.twoway.TestData;
import org.twoway.customers.Customer;
import org.twoway.customers.ServiceTier;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.ReviewCycle;
import org.twoway.friction.OpenCycles;
import org.twoway.people.Employee;
import org.twoway.people.Team;

/** Who reads a follow-up and what they read: My work's list, and the follow-up's own page for owner, helper and HR. */
@QuarkusTest
class FollowUpPagesTest {

    Employee owner;
    Employee colleague;
    Customer customer;
    ServiceTier tier;
    ReviewCycle cycle;

    @BeforeEach
    void company() {
        Team team = TestData.team();
        owner = TestData.employeeWithLogin(team);
        colleague = TestData.employeeWithLogin(team);
        tier = TestData.tier(12);
        customer = TestData.customer(tier);
        cycle = OpenCycles.newest();
    }

    Browser as(Employee employee) {
        return Browser.signedIn(employee.email, TestData.EMPLOYEE_PASSWORD);
    }

    @Test
    void myWorkListsOpenFollowUpsFirstTheEarliestDueFirstAndMarksTheOverdue() {
        Customer later = TestData.customer(tier);
        Customer overdue = TestData.customer(tier);
        LoopData.directContact(cycle, later, owner, Instant.now().plus(Duration.ofDays(2)));
        LoopData.directContact(cycle, overdue, owner, Instant.now().minus(Duration.ofHours(1)));

        String text = PageText.mainText(as(owner).get("/me").then().statusCode(200).extract().asString());
        int list = text.indexOf("Customers to get back to");
        assertTrue(list >= 0 && list < text.indexOf("Where do processes hurt?"), text);
        int first = text.indexOf(overdue.name);
        int second = text.indexOf(later.name);
        assertTrue(first > list && first < second, "the overdue one, due earlier, comes first: " + text);
        assertTrue(text.substring(first, second).contains("not contacted yet overdue"), text);
        assertFalse(text.substring(second, text.indexOf("Where do processes hurt?")).contains("overdue"), text);
    }

    @Test
    void myWorkListsTheFollowUpsClosedInTheOpenCycleApart() {
        FollowUp closed = LoopData.directContact(cycle, customer, owner, Instant.now().plus(Duration.ofDays(1)));
        Browser me = as(owner);
        me.submit("/follow-ups/" + closed.id + "/contact", Map.of("channel", "PHONE")).then().statusCode(303);
        me.submit("/follow-ups/" + closed.id + "/close", Map.of("outcome", "RESOLVED", "agreed", "Invoice re-sent"))
                .then().statusCode(303);

        String text = PageText.mainText(me.get("/me").asString());
        assertTrue(text.contains("No customer is waiting for you to get back to them."), text);
        assertTrue(text.contains("Closed in this cycle " + customer.name + " : resolved"), text);
    }

    @Test
    void theOwnerReadsTheCustomerTheirTierTheAnswersAndTheHistory() {
        FollowUp followUp = LoopData.lowAnswer(cycle, customer, owner, "Nobody called me back about the outage.");

        String text = PageText.mainText(as(owner).get("/follow-ups/" + followUp.id).then().statusCode(200).extract().asString());
        assertTrue(text.contains("Follow-up on " + customer.name + " not contacted yet"), text);
        assertTrue(text.contains(customer.ref) && text.contains("Contact on file " + customer.email), text);
        assertTrue(text.contains("Written tier " + tier.name + ": 12 h of service per review cycle Test tier"), text);
        assertTrue(text.contains("How responsive was " + owner.name + "? 1 of 5 low"), text);
        assertTrue(text.contains("When something goes wrong, who do you contact first? " + owner.name), text);
        assertTrue(text.contains("Comment Nobody called me back about the outage."), text);
        assertTrue(text.contains("Opened by the customer’s answer, for " + owner.name), text);
        assertTrue(text.contains("Record the first contact"), "the owner works it: " + text);
        assertFalse(text.contains("You are recording this for"), text);
    }

    @Test
    void aDirectContactSaysWhatItIsAboutHowItCameAndWhoRecordedIt() {
        FollowUp followUp = LoopData.directContact(cycle, customer, owner, Instant.now().minus(Duration.ofMinutes(5)));

        String text = PageText.mainText(as(owner).get("/follow-ups/" + followUp.id).asString());
        assertTrue(text.contains("About Wants the March invoice explained How it came in by phone Recorded by " + Browser.HR_EMAIL),
                text);
        assertTrue(text.contains("overdue not contacted in time"), text);
    }

    @Test
    void hrReadsAndWorksItSayingItIsForTheOwner() {
        FollowUp followUp = LoopData.directContact(cycle, customer, owner, Instant.now().plus(Duration.ofDays(1)));

        String text = PageText.mainText(Browser.hr().get("/follow-ups/" + followUp.id).then().statusCode(200).extract().asString());
        int warning = text.indexOf("You are recording this for " + owner.name + ": it counts as handled by someone other"
                + " than the owner, which the report shows — the habit the business wants to break is the boss taking over.");
        assertTrue(warning > 0 && warning < text.indexOf("Record the first contact"), text);
        assertTrue(text.contains("Hand to another owner"), text);
    }

    @Test
    void aColleagueAskedToJoinReadsItWithoutForms() {
        FollowUp followUp = LoopData.directContact(cycle, customer, owner, Instant.now().plus(Duration.ofDays(1)));
        Browser helper = as(colleague);
        helper.get("/follow-ups/" + followUp.id).then().statusCode(403);

        as(owner).submit("/follow-ups/" + followUp.id + "/support", Map.of("supporter", colleague.id.toString()))
                .then().statusCode(303);

        String html = helper.get("/follow-ups/" + followUp.id).then().statusCode(200).extract().asString();
        String text = PageText.mainText(html);
        assertTrue(text.contains("You were asked to join " + owner.name + " as support"), text);
        assertTrue(text.contains(colleague.name + " asked to join, as support — " + owner.name), text);
        assertFalse(html.contains("<form method=\"post\" action=\"/follow-ups/"), "no forms for a helper");
    }

    @Test
    void anotherEmployeeIsRefusedAndAnUnknownFollowUpIsNotFound() {
        FollowUp followUp = LoopData.directContact(cycle, customer, owner, Instant.now().plus(Duration.ofDays(1)));
        Browser stranger = as(colleague);

        String refused = stranger.get("/follow-ups/" + followUp.id).then().statusCode(403).extract().asString();
        assertFalse(refused.contains(customer.name), "nothing of the follow-up shows");
        stranger.submit("/follow-ups/" + followUp.id + "/contact", Map.of("channel", "PHONE")).then().statusCode(403);
        assertFalse(LoopData.find(followUp.id).isContacted());
        as(owner).get("/follow-ups/999999999").then().statusCode(404);
    }

    @Test
    void aClosedCyclesFollowUpIsFrozenAndReadOnly() {
        ReviewCycle closed = TestData.cycle(CycleState.closed);
        FollowUp followUp = LoopData.directContact(closed, customer, owner, Instant.now().minus(Duration.ofDays(3)));
        Browser me = as(owner);

        String html = me.get("/follow-ups/" + followUp.id).then().statusCode(200).extract().asString();
        assertTrue(PageText.mainText(html).contains("Review cycle " + closed.name + " is closed, so this follow-up is frozen"));
        assertFalse(html.contains("Record the contact"), "no forms");
        String refused = me.submit("/follow-ups/" + followUp.id + "/contact", Map.of("channel", "EMAIL"))
                .then().statusCode(409).extract().asString();
        assertTrue(PageText.mainText(refused).contains("its follow-ups are frozen"), refused);
        assertFalse(LoopData.find(followUp.id).isContacted());
    }
}
