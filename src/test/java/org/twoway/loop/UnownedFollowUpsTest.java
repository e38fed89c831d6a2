package org.twoway.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
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

/** A departing employee's follow-ups stay with the business: unowned, listed for HR, handed on with their history. */
@QuarkusTest
class UnownedFollowUpsTest {

    @Test
    void deactivationLeavesThemUnownedOnTheHubUntilHrHandsThemOn() {
        Team team = TestData.team();
        Employee leaving = TestData.employee(team);
        Employee colleague = TestData.employee(team);
        Customer customer = TestData.customer(TestData.tier(10));
        ReviewCycle cycle = OpenCycles.newest();
        Fixtures.effort(cycle, colleague, customer, 4);
        FollowUp followUp = LoopData.directContact(cycle, customer, leaving, Instant.now().plus(Duration.ofDays(1)));
        Browser hr = Browser.hr();

        String handover = hr.submit("/hr/employees/" + leaving.id + "/deactivate", Map.of()).then().statusCode(303)
                .extract().header("Location");
        assertTrue(handover.endsWith("/hr/handover/" + leaving.id), handover);
        assertNull(LoopData.find(followUp.id).owner);
        String hub = PageText.mainText(hr.get("/hr/cycles/" + cycle.id).asString());
        assertTrue(hub.contains("Unowned follow-ups") && hub.contains(customer.name + " (" + customer.ref + ")"), hub);
        String unowned = PageText.mainText(hr.get("/hr/cycles/" + cycle.id + "/follow-ups?owner=none").asString());
        assertTrue(unowned.contains(customer.name), unowned);
        String proposal = hr.get(handover).asString();
        assertTrue(proposal.contains("<option value=\"" + colleague.id + "\" selected>"), "the colleague with hours is proposed");

        hr.submit("/hr/handover/" + leaving.id + "/" + followUp.id, Map.of("owner", colleague.id.toString()))
                .then().statusCode(303);
        assertEquals(colleague.id, LoopData.find(followUp.id).owner.id);
        assertFalse(PageText.mainText(hr.get("/hr/cycles/" + cycle.id).asString()).contains("Unowned follow-ups"));
        String history = PageText.mainText(hr.get("/follow-ups/" + followUp.id).asString());
        assertTrue(history.contains("opened for " + leaving.name), history);
        int left = history.indexOf("Left by " + leaving.name + " (deactivated): unowned");
        assertTrue(left > 0 && left < history.indexOf("Handed to " + colleague.name), history);
    }

    @Test
    void hrListsACyclesFollowUpsByStateAndOwnerTheUnownedFirst() {
        Team team = TestData.team();
        Employee owner = TestData.employeeWithLogin(team);
        Customer owned = TestData.customer(TestData.tier(10));
        Customer nobodys = TestData.customer(TestData.tier(10));
        Customer contacted = TestData.customer(TestData.tier(10));
        ReviewCycle cycle = OpenCycles.newest();
        LoopData.directContact(cycle, owned, owner, Instant.now().minus(Duration.ofDays(1)));
        LoopData.directContact(cycle, nobodys, null, Instant.now().plus(Duration.ofDays(3)));
        FollowUp reached = LoopData.directContact(cycle, contacted, owner, Instant.now());
        Browser.signedIn(owner.email, TestData.EMPLOYEE_PASSWORD)
                .submit("/follow-ups/" + reached.id + "/contact", Map.of("channel", "PHONE")).then().statusCode(303);
        Browser hr = Browser.hr();
        String list = "/hr/cycles/" + cycle.id + "/follow-ups";

        String all = PageText.mainText(hr.get(list).then().statusCode(200).extract().asString());
        assertTrue(all.contains("Showing 1–3 of 3 follow-ups."), all);
        assertTrue(all.indexOf(nobodys.name) < all.indexOf(owned.name), "unowned first, though due later: " + all);
        String open = PageText.mainText(hr.get(list + "?state=open&owner=" + owner.id).asString());
        assertTrue(open.contains(owned.name) && !open.contains(nobodys.name) && !open.contains(contacted.name), open);
        String reachedOnes = PageText.mainText(hr.get(list + "?state=contacted").asString());
        assertTrue(reachedOnes.contains(contacted.name) && !reachedOnes.contains(owned.name), reachedOnes);
        hr.get(list + "?state=lost").then().statusCode(400);
        Browser.signedIn(owner.email, TestData.EMPLOYEE_PASSWORD).get(list).then().statusCode(403);
    }
}
