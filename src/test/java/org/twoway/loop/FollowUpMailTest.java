package org.twoway.loop;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.twoway.Browser;
import org.twoway.TestData;
import org.twoway.customers.Customer;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.ReviewCycle;
import org.twoway.feedback.Fixtures;
import org.twoway.feedback.GreenMailServer;
import org.twoway.people.Employee;
import org.twoway.people.Team;
import org.twoway.system.CompanyTime;

/** The owner hears of a follow-up by email, from the mail queue, without the customer's words; a failure is tried again. */
@QuarkusTest
@WithTestResource(value = GreenMailServer.class, scope = TestResourceScope.GLOBAL)
class FollowUpMailTest {

    private static final String COMMENT = "The invoice was wrong three times; this is confidential.";

    private final Team team = TestData.team();
    private final ReviewCycle cycle = TestData.cycle(CycleState.open);
    private final Customer customer = TestData.customer(TestData.tier(10));

    @Test
    void theOwnerIsEmailedALinkToTheFollowUpWithTheDueTimeAndNotTheComment() throws Exception {
        Employee owner = TestData.employee(team);
        answerLow(Fixtures.issue(cycle, customer, owner, null));

        MimeMessage mail = GreenMailServer.await(owner.email, 1).get(0);
        FollowUp followUp = awaitFollowUp(f -> f.mailState == MailState.sent);
        String text = GreenMailServer.text(mail).replace("\r\n", "\n");
        assertEquals("Follow-up for you: " + customer.name, mail.getSubject());
        assertTrue(text.startsWith("Hello " + owner.name + ",\n\n" + customer.name
                + " answered your feedback link in a way that asks you to get in touch."), text);
        LocalDate lastDay = CompanyTime.day(followUp.dueAt).minusDays(1);
        assertTrue(text.contains("please get in touch by end of " + lastDay + " UTC."), text);
        assertTrue(text.contains("http://localhost:8080/follow-ups/" + followUp.id + "\n"), text);
        assertFalse(text.contains("invoice") || String.valueOf(mail.getContent()).contains("invoice"), text);
        assertEquals(1, followUp.mailAttempts);
        assertNotNull(followUp.mailedAt);
    }

    @Test
    void aFailedEmailIsTriedAgainUpToTheAttemptsAndTheNewOwnerOfAHandedOnOneIsEmailed() throws Exception {
        Employee owner = TestData.employee(team);
        String link = Fixtures.issue(cycle, customer, owner, null);
        setEmail(owner, "not an address");
        answerLow(link);

        FollowUp failed = awaitFollowUp(f -> f.mailState == MailState.failed);
        assertEquals(2, failed.mailAttempts, "tried twice, as twoway.loop.mail-attempts says in tests");
        assertNotNull(failed.mailError);

        Employee colleague = TestData.employee(team);
        given().auth().preemptive().basic(Browser.HR_EMAIL, Browser.HR_PASSWORD).contentType("application/json")
                .body(Map.of("owner", colleague.email))
                .post("/api/v1/follow-ups/" + failed.id + "/owner").then().statusCode(200);
        MimeMessage mail = GreenMailServer.await(colleague.email, 1).get(0);
        assertTrue(GreenMailServer.text(mail).startsWith("Hello " + colleague.name + ","));
        assertEquals(MailState.sent, awaitFollowUp(f -> f.mailState == MailState.sent).mailState);
    }

    private void answerLow(String path) {
        Map<String, Object> answers = Fixtures.answers();
        answers.putAll(Map.of("responsiveness", "1", "comment", COMMENT));
        Fixtures.answer(Browser.anonymous(), path, answers).then().statusCode(200);
    }

    private FollowUp awaitFollowUp(Predicate<FollowUp> done) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        FollowUp followUp;
        do {
            Thread.sleep(100);
            followUp = QuarkusTransaction.requiringNew().call(() -> FollowUp.<FollowUp>find("customer.id", customer.id).firstResult());
        } while ((followUp == null || !done.test(followUp)) && System.currentTimeMillis() < deadline);
        assertNotNull(followUp);
        assertTrue(done.test(followUp), "the mail queue did not get there in time: " + followUp.mailState);
        return followUp;
    }

    private static void setEmail(Employee employee, String email) {
        QuarkusTransaction.requiringNew().run(() -> Employee.getEntityManager()
                .createNativeQuery("UPDATE employee SET email = ?1 WHERE id = ?2")
                .setParameter(1, email).setParameter(2, employee.id).executeUpdate());
    }
}
