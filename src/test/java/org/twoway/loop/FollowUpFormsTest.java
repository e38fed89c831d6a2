package org.twoway.loop;

import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.twoway.Browser;
import org.twoway.PageText;
import org.twoway.TestData;
import org.twoway.customers.Customer;
import org.twoway.friction.OpenCycles;
import org.twoway.people.Employee;
import org.twoway.people.Team;

/** The follow-up page's forms: each one's success, and each bad input refused by its field with nothing changed. */
@QuarkusTest
class FollowUpFormsTest {

    Employee owner;
    Employee colleague;
    Customer customer;
    FollowUp followUp;
    Browser me;
    String page;

    @BeforeEach
    void company() {
        Team team = TestData.team();
        owner = TestData.employeeWithLogin(team);
        colleague = TestData.employee(team);
        customer = TestData.customer(TestData.tier(10));
        followUp = LoopData.directContact(OpenCycles.newest(), customer, owner, Instant.now().plus(Duration.ofDays(1)));
        me = Browser.signedIn(owner.email, TestData.EMPLOYEE_PASSWORD);
        page = "/follow-ups/" + followUp.id;
    }

    @Test
    void theOwnerRecordsTheFirstContactOnceOnly() {
        String missing = me.submit(page + "/contact", Map.of()).then().statusCode(400).extract().asString();
        assertEquals("Choose how you reached the customer.", PageText.errorBy(missing, "channel"));
        assertFalse(LoopData.find(followUp.id).isContacted());

        me.submit(page + "/contact", Map.of("channel", "MEETING")).then().statusCode(303).header("Location", endsWith(page));
        FollowUp contacted = LoopData.find(followUp.id);
        assertEquals(ContactChannel.MEETING, contacted.contactChannel);
        assertFalse(contacted.contactByOther, "the owner's own contact");
        assertTrue(PageText.mainText(me.get(page).asString()).contains("First contact " + contacted.contactChannel.label));

        String twice = me.submit(page + "/contact", Map.of("channel", "PHONE")).then().statusCode(409).extract().asString();
        assertTrue(PageText.mainText(twice).contains("The first contact was already recorded on"), twice);
        assertEquals(ContactChannel.MEETING, LoopData.find(followUp.id).contactChannel);
    }

    @Test
    void hrsContactCountsAsHandledBySomeoneOtherThanTheOwner() {
        Browser hr = Browser.hr();
        hr.submit(page + "/contact", Map.of("channel", "PHONE")).then().statusCode(303);

        assertTrue(LoopData.find(followUp.id).contactByOther);
        String text = PageText.mainText(hr.get(page).asString());
        assertTrue(text.contains("recorded by " + Browser.HR_EMAIL + " by someone other than the owner"), text);
        assertTrue(text.contains("You are recording this for " + owner.name), text);
    }

    @Test
    void closingWaitsForTheFirstContactAndWantsWhatWasAgreed() {
        String early = me.submit(page + "/close", Map.of("outcome", "RESOLVED", "agreed", "All fine"))
                .then().statusCode(409).extract().asString();
        assertTrue(PageText.mainText(early).contains("Record the first contact before closing it."), early);
        me.submit(page + "/contact", Map.of("channel", "EMAIL")).then().statusCode(303);

        String noText = me.submit(page + "/close", Map.of("outcome", "RESOLVED", "agreed", "  "))
                .then().statusCode(400).extract().asString();
        assertEquals("Write down what was agreed with the customer.", PageText.errorBy(noText, "agreed"));
        String noOutcome = me.submit(page + "/close", Map.of("agreed", "A refund")).then().statusCode(400).extract().asString();
        assertEquals("Choose how it ended.", PageText.errorBy(noOutcome, "outcome"));
        assertEquals("A refund", PageText.valueOf(noOutcome, "agreed"));
        assertFalse(LoopData.find(followUp.id).isClosed());

        me.submit(page + "/close", Map.of("outcome", "NOT_RESOLVED", "agreed", "They will think about it"))
                .then().statusCode(303).header("Location", endsWith(page));
        FollowUp closed = LoopData.find(followUp.id);
        assertEquals(Outcome.NOT_RESOLVED, closed.outcome);
        assertEquals("They will think about it", closed.agreed);
        assertNull(closed.beyondTierHours);

        String html = me.get(page).asString();
        assertTrue(PageText.mainText(html).contains("This follow-up is closed: it can be read, no longer changed."));
        assertFalse(html.contains("Close the follow-up"), "no forms once closed");
        me.submit(page + "/close", Map.of("outcome", "RESOLVED", "agreed", "Again")).then().statusCode(409);
        me.submit(page + "/support", Map.of("supporter", "hr")).then().statusCode(409);
        assertEquals(Outcome.NOT_RESOLVED, LoopData.find(followUp.id).outcome);
    }

    @ParameterizedTest
    @CsvSource({"0, 'Give the estimated hours, more than 0 and at most 744, to two decimals.'",
            "745, 'Give the estimated hours, more than 0 and at most 744, to two decimals.'",
            "four, 'Give the estimated hours as a number, such as 4 or 2.5.'",
            "'', 'Give the estimated hours, more than 0 and at most 744, to two decimals.'"})
    void beyondTheTierWantsHoursMoreThanZeroAndAtMostAMonth(String hours, String message) {
        me.submit(page + "/contact", Map.of("channel", "PHONE")).then().statusCode(303);
        Map<String, String> form = new HashMap<>(Map.of("outcome", "RESOLVED", "agreed", "Weekly call",
                "beyondTier", "yes", "beyondTier.what", "A weekly call for a month", "beyondTier.hours", hours));

        String refused = me.submit(page + "/close", form).then().statusCode(400).extract().asString();
        assertEquals(message, PageText.errorBy(refused, "beyondTier.hours"));
        assertEquals("A weekly call for a month", PageText.valueOf(refused, "beyondTier.what"));
        assertEquals(hours, PageText.valueOf(refused, "beyondTier.hours"));
        assertFalse(LoopData.find(followUp.id).isClosed());
    }

    @Test
    void aPromiseBeyondTheTierIsStoredAndShownForHr() {
        me.submit(page + "/contact", Map.of("channel", "PHONE")).then().statusCode(303);
        String html = me.get(page).asString();
        assertTrue(PageText.mainText(html).contains("A promise beyond it is a special situation: HR will see it"), html);

        me.submit(page + "/close", Map.of("outcome", "RESOLVED", "agreed", "Weekly call", "beyondTier", "yes",
                "beyondTier.what", "A weekly call for a month", "beyondTier.hours", "6.5")).then().statusCode(303);
        FollowUp closed = LoopData.find(followUp.id);
        assertEquals("A weekly call for a month", closed.beyondTierWhat);
        assertEquals(0, new BigDecimal("6.5").compareTo(closed.beyondTierHours));
        String text = PageText.mainText(Browser.hr().get(page).asString());
        assertTrue(text.contains("Beyond the written tier A weekly call for a month · estimated 6.5 h"), text);
    }

    @Test
    void askingForSupportTakesAnActiveColleagueOtherThanTheOwner() {
        String self = me.submit(page + "/support", Map.of("supporter", owner.id.toString())).then().statusCode(400)
                .extract().asString();
        assertEquals("Choose someone other than the owner.", PageText.errorBy(self, "supporter"));
        Employee gone = TestData.employee(TestData.team());
        QuarkusTransaction.requiringNew().run(() -> Employee.<Employee>findById(gone.id).active = false);
        String inactive = me.submit(page + "/support", Map.of("supporter", gone.id.toString())).then().statusCode(400)
                .extract().asString();
        assertEquals("Choose an active employee.", PageText.errorBy(inactive, "supporter"));
        String none = me.submit(page + "/support", Map.of("supporter", "")).then().statusCode(400).extract().asString();
        assertEquals("Choose whom to ask to join.", PageText.errorBy(none, "supporter"));
        assertEquals(0, LoopData.events(followUp.id, EventKind.SUPPORT));

        me.submit(page + "/support", Map.of("supporter", "hr")).then().statusCode(303);
        me.submit(page + "/support", Map.of("supporter", colleague.id.toString())).then().statusCode(303);
        assertEquals(2, LoopData.events(followUp.id, EventKind.SUPPORT));
        FollowUp after = LoopData.find(followUp.id);
        assertEquals(owner.id, after.owner.id, "the owner stays the owner");
        String text = PageText.mainText(me.get(page).asString());
        assertTrue(text.contains("HR asked to join, as support") && text.contains(colleague.name + " asked to join, as support"), text);
    }

    @Test
    void onlyHrHandsItToAnotherActiveOwner() {
        me.submit(page + "/owner", Map.of("owner", colleague.id.toString())).then().statusCode(403);
        Employee gone = TestData.employee(TestData.team());
        QuarkusTransaction.requiringNew().run(() -> Employee.<Employee>findById(gone.id).active = false);
        Browser hr = Browser.hr();
        String inactive = hr.submit(page + "/owner", Map.of("owner", gone.id.toString())).then().statusCode(400)
                .extract().asString();
        assertEquals("Choose an active employee.", PageText.errorBy(inactive, "owner"));
        assertEquals(owner.id, LoopData.find(followUp.id).owner.id);

        hr.submit(page + "/owner", Map.of("owner", colleague.id.toString())).then().statusCode(303).header("Location", endsWith(page));
        assertEquals(colleague.id, LoopData.find(followUp.id).owner.id);
        assertTrue(PageText.mainText(hr.get(page).asString())
                .contains("Handed from " + owner.name + " to " + colleague.name + " — " + Browser.HR_EMAIL));
        me.get(page).then().statusCode(403);
    }
}
