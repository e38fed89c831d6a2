package org.twoway.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.twoway.Browser;
import org.twoway.PageText;
import org.twoway.TestData;
import org.twoway.customers.Customer;
import org.twoway.cycles.ReviewCycle;
import org.twoway.friction.OpenCycles;
import org.twoway.people.Employee;
import org.twoway.special.Decision;
import org.twoway.special.SpecialData;
import org.twoway.special.SpecialSituation;

/** A follow-up closed beyond the written tier records a special situation in the same step, and shows HR's decision. */
@QuarkusTest
class FollowUpSpecialSituationTest {

    Employee owner;
    Customer customer;
    ReviewCycle cycle;
    FollowUp followUp;
    String page;

    @BeforeEach
    void company() {
        owner = TestData.employeeWithLogin(TestData.team());
        customer = TestData.customer(TestData.tier(10));
        cycle = OpenCycles.newest();
        followUp = LoopData.directContact(cycle, customer, owner, Instant.now().plus(Duration.ofDays(1)));
        page = "/follow-ups/" + followUp.id;
    }

    static Map<String, String> beyond(String what, String hours) {
        return Map.of("outcome", "RESOLVED", "agreed", "Weekly call", "beyondTier", "yes", "beyondTier.what", what,
                "beyondTier.hours", hours);
    }

    static SpecialSituation ofFollowUp(long id) {
        return QuarkusTransaction.requiringNew().call(() -> SpecialSituation.<SpecialSituation>find(
                "from SpecialSituation s join fetch s.cycle join fetch s.customer left join fetch s.promisedBy"
                        + " where s.followUpId = ?1", id).firstResultOptional().orElse(null));
    }

    @Test
    void theOwnersCloseRecordsTheirPromiseAndThePageShowsHrsDecision() {
        Browser me = Browser.signedIn(owner.email, TestData.EMPLOYEE_PASSWORD);
        me.submit(page + "/contact", Map.of("channel", "PHONE")).then().statusCode(303);
        me.submit(page + "/close", beyond(" A weekly call for a month ", "6.5")).then().statusCode(303);

        SpecialSituation recorded = ofFollowUp(followUp.id);
        assertEquals(cycle.id, recorded.cycle.id);
        assertEquals(customer.id, recorded.customer.id);
        assertEquals("A weekly call for a month", recorded.what);
        assertEquals(0, new BigDecimal("6.5").compareTo(recorded.hours));
        assertEquals(owner.id, recorded.promisedBy.id, "the owner who closed it promised it");
        assertEquals("A weekly call for a month", LoopData.find(followUp.id).beyondTierWhat);

        String html = me.get(page).asString();
        assertTrue(html.contains("href=\"/special-situations/" + recorded.id + "\""), "the owner opens it");
        String text = PageText.mainText(html);
        assertTrue(text.contains("Special situation Recorded , promised by " + owner.name + ": waiting for HR"), text);

        SpecialData.decided(recorded, Decision.DECLINED, "Not in any tier; offer Gold instead");
        String decided = PageText.mainText(me.get(page).asString());
        assertTrue(decided.contains("promised by " + owner.name + ": declined — Not in any tier; offer Gold instead"), decided);
    }

    @Test
    void hrsCloseRecordsItAsPromisedByHr() {
        Browser hr = Browser.hr();
        hr.submit(page + "/contact", Map.of("channel", "EMAIL")).then().statusCode(303);
        hr.submit(page + "/close", beyond("A free audit", "12")).then().statusCode(303);

        SpecialSituation recorded = ofFollowUp(followUp.id);
        assertNull(recorded.promisedBy, "HR promised it");
        String owners = Browser.signedIn(owner.email, TestData.EMPLOYEE_PASSWORD).get(page).asString();
        assertTrue(PageText.mainText(owners).contains("Recorded, promised by HR: waiting for HR"), PageText.mainText(owners));
        assertFalse(owners.contains("href=\"/special-situations/" + recorded.id + "\""), "not the owner's promise to open");
        assertTrue(hr.get(page).asString().contains("href=\"/special-situations/" + recorded.id + "\""));
    }

    @Test
    void aRefusedCloseRecordsNoSpecialSituation() {
        Browser me = Browser.signedIn(owner.email, TestData.EMPLOYEE_PASSWORD);
        me.submit(page + "/contact", Map.of("channel", "PHONE")).then().statusCode(303);
        String refused = me.submit(page + "/close", beyond("  ", "4")).then().statusCode(400).extract().asString();
        assertEquals("Write down what was promised beyond the tier.", PageText.errorBy(refused, "beyondTier.what"));
        me.submit(page + "/close", beyond("A call", "744.5")).then().statusCode(400);
        assertNull(ofFollowUp(followUp.id));
        assertFalse(LoopData.find(followUp.id).isClosed());

        me.submit(page + "/close", Map.of("outcome", "RESOLVED", "agreed", "Nothing beyond")).then().statusCode(303);
        assertNull(ofFollowUp(followUp.id), "a close within the tier records none");
    }
}
