package org.twoway.loop;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.twoway.Browser;
import org.twoway.TestData;
import org.twoway.customers.Customer;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.ReviewCycle;
import org.twoway.feedback.Fixtures;
import org.twoway.people.Employee;

/** loop.md 1: a stored answer opens its follow-up in the same transaction, and the customer is promised a call only when they asked. */
@QuarkusTest
class AnswerFollowUpsTest {

    private final ReviewCycle cycle = TestData.cycle(CycleState.open);
    private final Customer customer = TestData.customer(TestData.tier(10));
    private final Employee employee = TestData.employee(TestData.team());

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "a low responsiveness, 2, 5, 5, 5, PERSON, ''",
            "a low 'solved', 5, 1, 5, 5, PERSON, ''",
            "a low 'promises', 5, 5, 2, 5, CHANNEL, ''",
            "a low company rating, 4, 4, 4, 2, PERSON, ''",
            "an escalation, 5, 5, 5, 5, ESCALATE, ''",
            "a call back asked for, 5, 5, 5, 5, PERSON, yes"})
    void anAnswerThatCallsForItOpensOneFollowUpForTheEmployeeItIsAbout(String why, String q1, String q2, String q3, String q4,
            String firstContact, String callBack) {
        String path = Fixtures.issue(cycle, customer, employee, null);
        Instant before = Instant.now();

        Fixtures.answer(Browser.anonymous(), path, answers(q1, q2, q3, q4, firstContact, callBack)).then().statusCode(200);

        List<FollowUp> opened = followUps();
        assertEquals(1, opened.size(), why);
        FollowUp followUp = opened.get(0);
        assertEquals(employee.id, followUp.owner.id);
        assertEquals(FollowUpSource.ANSWER, followUp.source);
        assertEquals(ratingId(path), followUp.ratingId);
        assertEquals(cycle.id, followUp.cycle.id);
        assertTrue(!followUp.openedAt.isBefore(before.minusMillis(5)) && followUp.openedAt.isBefore(Instant.now()));
        assertEquals(WorkingDays.due(followUp.openedAt, 2, ZoneId.of("UTC")), followUp.dueAt);
        assertNull(followUp.contactedAt);
        assertEquals(!callBack.isEmpty(), followUp.callBack);
    }

    @Test
    void theCustomersFirstAnswerAfterTheContactIsLeftOnTheFollowUpForRecovery() {
        String first = Fixtures.issue(cycle, customer, employee, null);
        Fixtures.answer(Browser.anonymous(), first, answers("1", "2", "2", "4", "PERSON", "")).then().statusCode(200);
        String beforeContact = Fixtures.issue(cycle, customer, employee, null);
        Fixtures.answer(Browser.anonymous(), beforeContact, answers("3", "3", "3", "4", "PERSON", "")).then().statusCode(200);
        FollowUp opened = followUps().get(0);
        assertEquals(5, opened.answerScoreSum);
        assertNull(opened.laterRatingId, "an answer before the contact is not the later one");

        sql("UPDATE follow_up SET contacted_at = NOW(3) - INTERVAL 1 MINUTE WHERE id = " + opened.id);
        String after = Fixtures.issue(cycle, customer, employee, null);
        Fixtures.answer(Browser.anonymous(), after, answers("4", "5", "4", "4", "PERSON", "")).then().statusCode(200);
        String again = Fixtures.issue(cycle, customer, employee, null);
        Fixtures.answer(Browser.anonymous(), again, answers("5", "5", "5", "5", "PERSON", "")).then().statusCode(200);
        Customer other = TestData.customer(TestData.tier(10));
        Fixtures.answer(Browser.anonymous(), Fixtures.issue(cycle, other, employee, null), answers("5", "5", "5", "5", "PERSON", ""))
                .then().statusCode(200);

        FollowUp recovered = followUps().get(0);
        assertEquals(ratingId(after), recovered.laterRatingId, "the first answer after the contact, not a later one");
        assertEquals(13, recovered.laterScoreSum);
    }

    @Test
    void anAnswerJustAboveTheLowScoreWithNoEscalationOpensNoneAndPromisesNothing() {
        String path = Fixtures.issue(cycle, customer, employee, null);

        Fixtures.answer(Browser.anonymous(), path, answers("3", "3", "3", "3", "CHANNEL", "")).then().statusCode(200)
                .body(containsString("Your answers about " + employee.name + " are saved."))
                .body(not(containsString("get back to you")));

        assertEquals(List.of(), followUps());
    }

    @Test
    void aLowAnswerWithoutACallBackIsNotPromisedOne() {
        String path = Fixtures.issue(cycle, customer, employee, null);

        Fixtures.answer(Browser.anonymous(), path, answers("1", "1", "1", "1", "ESCALATE", "")).then().statusCode(200)
                .body(not(containsString("get back to you")));

        assertEquals(1, followUps().size());
    }

    @Test
    void theThankYouPagePromisesACallBackWithinTheWorkingDaysOnlyWhenAskedFor() {
        String path = Fixtures.issue(cycle, customer, employee, null);

        Fixtures.answer(Browser.anonymous(), path, answers("5", "5", "5", "5", "PERSON", "yes")).then().statusCode(200)
                .body(containsString("<p>" + employee.name + " will get back to you within 2 working days.</p>"));

        Browser.hr().get("/follow-ups/" + followUps().get(0).id).then().statusCode(200)
                .body(containsString("<strong>They asked to be called back</strong>"));
    }

    @Test
    void theGermanThankYouPagePromisesItInGerman() {
        String path = Fixtures.issue(cycle, customer, employee, null);

        Fixtures.answer(Browser.anonymous(), path + "?lang=de", answers("5", "5", "5", "5", "PERSON", "yes")).then().statusCode(200)
                .body(containsString("<p>" + employee.name + " meldet sich innerhalb von 2 Arbeitstagen bei Ihnen.</p>"));
    }

    @Test
    void theFormAsksInBothLanguagesWithALabelledCheckbox() {
        String path = Fixtures.issue(cycle, customer, employee, null);

        Browser.anonymous().get(path).then().statusCode(200)
                .body(containsString("<label class=\"check\"><input type=\"checkbox\" id=\"f-callBack\" name=\"callBack\" value=\"yes\""
                        + " aria-describedby=\"h-callBack\"><span>Please get back to me about this</span></label>"));
        Browser.anonymous().get(path + "?lang=de").then().statusCode(200)
                .body(containsString("<span>Bitte melden Sie sich bei mir dazu</span>"));
    }

    @Test
    void aCallBackValueThatIsNotTheCheckboxsIsRefusedByTheFieldAndNothingIsStored() {
        String path = Fixtures.issue(cycle, customer, employee, null);

        Fixtures.answer(Browser.anonymous(), path, answers("5", "5", "5", "5", "PERSON", "please")).then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"e-callBack\">Tick the box or leave it empty.</p>"));

        assertNull(Fixtures.link(path).usedAt);
        assertEquals(List.of(), followUps());
    }

    @Test
    void anAnswerWhoseFollowUpCannotBeStoredIsNotStoredEitherAndComesBackToBeSentAgain() {
        String path = Fixtures.issue(cycle, customer, employee, null);
        refuseFollowUpsOf(customer);
        try {
            Fixtures.answer(Browser.anonymous(), path, answers("1", "1", "1", "1", "ESCALATE", "")).then().statusCode(500)
                    .body(containsString("Your answers were not sent yet. Nothing was saved"))
                    .body(containsString("Sent while follow-ups were refused"))
                    .body(containsString("name=\"responsiveness\" value=\"1\" checked"));

            assertNull(Fixtures.link(path).usedAt);
            assertEquals(0L, ratings(path));
            assertEquals(List.of(), followUps());
        } finally {
            allowFollowUps();
        }
        Fixtures.answer(Browser.anonymous(), path, answers("1", "1", "1", "1", "ESCALATE", "")).then().statusCode(200);
        assertEquals(1, followUps().size());
    }

    private static Map<String, Object> answers(String q1, String q2, String q3, String q4, String firstContact, String callBack) {
        Map<String, Object> answers = Fixtures.answers();
        answers.putAll(Map.of("responsiveness", q1, "solved", q2, "promises", q3, "company", q4, "firstContact", firstContact,
                "comment", "Sent while follow-ups were refused"));
        if (!callBack.isEmpty()) {
            answers.put("callBack", callBack);
        }
        return answers;
    }

    private List<FollowUp> followUps() {
        return QuarkusTransaction.requiringNew().call(() -> FollowUp.<FollowUp>list("customer.id = ?1", customer.id).stream()
                .peek(f -> f.owner.name.length()).toList());
    }

    private static Long ratingId(String path) {
        long linkId = Fixtures.link(path).id;
        return QuarkusTransaction.requiringNew().call(() -> ((Number) FollowUp.getEntityManager()
                .createNativeQuery("SELECT id FROM customer_rating WHERE link_id = ?1").setParameter(1, linkId)
                .getSingleResult()).longValue());
    }

    private static long ratings(String path) {
        long linkId = Fixtures.link(path).id;
        return QuarkusTransaction.requiringNew().call(() -> ((Number) FollowUp.getEntityManager()
                .createNativeQuery("SELECT COUNT(*) FROM customer_rating WHERE link_id = ?1").setParameter(1, linkId)
                .getSingleResult()).longValue());
    }

    /** A trigger that makes the database refuse this customer's follow-ups, as a full disk or a broken constraint would. */
    private static void refuseFollowUpsOf(Customer customer) {
        sql("CREATE TRIGGER refuse_follow_ups BEFORE INSERT ON follow_up FOR EACH ROW BEGIN IF NEW.customer_id = "
                + customer.id + " THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by the test'; END IF; END");
    }

    private static void allowFollowUps() {
        sql("DROP TRIGGER IF EXISTS refuse_follow_ups");
    }

    private static void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> FollowUp.getEntityManager().createNativeQuery(statement).executeUpdate());
    }
}
