package org.twoway.feedback;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.twoway.Browser;
import org.twoway.TestData;
import org.twoway.customers.Customer;
import org.twoway.customers.ServiceTier;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.ReviewCycle;
import org.twoway.friction.BusinessProcess;
import org.twoway.people.Employee;
import org.twoway.people.Team;

/** Emails go to a real SMTP server running inside the tests (GreenMail), and the tests follow their links. */
@QuarkusTest
@WithTestResource(value = GreenMailServer.class, scope = TestResourceScope.GLOBAL)
class SendingLinksTest {

    @Inject
    LinkMailer mailer;

    private final Team team = TestData.team();
    private final ServiceTier tier = TestData.tier(10);

    @Test
    void queuedLinkIsEmailedOnceWithALinkOfItsOwnThatWorks() throws Exception {
        ReviewCycle cycle = TestData.cycle(CycleState.open);
        Customer customer = TestData.customer(tier);
        Employee employee = TestData.employee(team);
        BusinessProcess process = TestData.process();
        String issued = Fixtures.issue(cycle, customer, employee, process);
        Browser hr = Browser.hr();

        hr.submit(links(cycle) + "/send", Map.of()).then().statusCode(303);
        hr.get(links(cycle)).then().body(containsString("1 link on their way by email."));
        MimeMessage mail = GreenMailServer.await(customer.email, 1).get(0);
        assertEquals("How did " + employee.name + " do? A minute of feedback for Twoway", mail.getSubject());
        String text = GreenMailServer.text(mail);
        assertTrue(text.contains(employee.name + " of Twoway worked with you on " + process.name + "."), text);
        String mailed = GreenMailServer.linkPath(mail);
        assertNotEquals(issued, mailed, "an email carries a token of its own");

        Browser.anonymous().get(mailed).then().statusCode(200).body(containsString("How did " + employee.name + " do?"));
        Browser.anonymous().get(issued).then().statusCode(200);
        awaitLink(issued, link -> link.sendState == SendState.sent);
        hr.get(links(cycle)).then().body(containsString("<dt>Sent by email</dt><dd class=\"big\">1</dd>"));

        hr.submit(links(cycle) + "/send", Map.of()).then().statusCode(303);
        hr.get(links(cycle)).then().body(containsString("There was no link left to email."));
        hr.submit(links(cycle) + "/" + Fixtures.link(issued).id + "/send", Map.of()).then().statusCode(303);
        hr.get(links(cycle)).then().body(containsString("This link is already sent and is not sent twice."));
        Fixtures.answer(Browser.anonymous(), mailed, Fixtures.answers()).then().statusCode(200);
        Browser.anonymous().get(issued).then().statusCode(410);
        Thread.sleep(2_000);
        assertEquals(1, GreenMailServer.to(customer.email).size());
        assertEquals(1, Fixtures.link(issued).sendAttempts);
    }

    @Test
    void failedEmailIsRecordedOnTheLinkAndCanBeRetried() throws Exception {
        ReviewCycle cycle = TestData.cycle(CycleState.open);
        Customer customer = TestData.customer(tier);
        String goodAddress = customer.email;
        setEmail(customer, "no address at all");
        String path = Fixtures.issue(cycle, customer, TestData.employee(team), null);
        Browser hr = Browser.hr();

        hr.submit(links(cycle) + "/send", Map.of()).then().statusCode(303);
        FeedbackLink failed = awaitLink(path, link -> link.sendState == SendState.failed);
        assertNotNull(failed.sendError);
        hr.get(links(cycle)).then()
                .body(containsString("<dt>Failed to send</dt><dd class=\"big\">1</dd>"))
                .body(containsString("<span class=\"badge high\">failed</span>"))
                .body(containsString("Retry 1 failed"));

        setEmail(customer, goodAddress);
        hr.submit(links(cycle) + "/retry", Map.of()).then().statusCode(303);
        hr.get(links(cycle)).then().body(containsString("1 link queued to be emailed again."));
        MimeMessage mail = GreenMailServer.await(goodAddress, 1).get(0);
        Browser.anonymous().get(GreenMailServer.linkPath(mail)).then().statusCode(200);
        FeedbackLink sent = awaitLink(path, link -> link.sendState == SendState.sent);
        assertEquals(2, sent.sendAttempts);
        assertEquals(null, sent.sendError);
    }

    @Test
    void sendInterruptedByACrashIsReportedFailedNotSentAgain() throws Exception {
        ReviewCycle cycle = TestData.cycle(CycleState.open);
        Customer customer = TestData.customer(tier);
        String path = Fixtures.issue(cycle, customer, TestData.employee(team), null);
        long id = Fixtures.link(path).id;
        QuarkusTransaction.requiringNew().run(() -> FeedbackLink.getEntityManager().createNativeQuery(
                        "UPDATE feedback_link SET send_state = 'sending', send_attempts = 1,"
                                + " send_started_at = NOW(3) - INTERVAL 20 MINUTE WHERE id = ?1")
                .setParameter(1, id).executeUpdate());

        mailer.reportInterrupted();
        FeedbackLink link = Fixtures.link(path);
        assertEquals(SendState.failed, link.sendState);
        assertTrue(link.sendError.startsWith("Sending was interrupted"), link.sendError);
        Thread.sleep(1_500);
        assertEquals(0, GreenMailServer.to(customer.email).size());
    }

    @Test
    void customersWithoutAnEmailAddressAreLeftToHr() {
        ReviewCycle cycle = TestData.cycle(CycleState.open);
        Customer customer = TestData.customer(tier);
        setEmail(customer, null);
        String path = Fixtures.issue(cycle, customer, TestData.employee(team), null);
        Browser hr = Browser.hr();

        hr.get(links(cycle)).then().body(containsString("1 open link belongs to customers without an email address"));
        hr.submit(links(cycle) + "/" + Fixtures.link(path).id + "/send", Map.of()).then().statusCode(303);
        hr.get(links(cycle)).then().body(containsString("has no email address: share this link another way."));
        assertEquals(SendState.unsent, Fixtures.link(path).sendState);
    }

    @Test
    void reminderGoesOutOnceDaysAfterTheEmailAndNeverForAnsweredLinksOrClosedCycles() throws Exception {
        ReviewCycle cycle = TestData.cycle(CycleState.open);
        ReviewCycle closing = TestData.cycle(CycleState.open);
        Employee employee = TestData.employee(team);
        Customer waiting = TestData.customer(tier);
        Customer answered = TestData.customer(tier);
        Customer late = TestData.customer(tier);
        String waitingLink = Fixtures.issue(cycle, waiting, employee, null);
        String answeredLink = Fixtures.issue(cycle, answered, employee, null);
        String lateLink = Fixtures.issue(closing, late, employee, null);
        Browser hr = Browser.hr();
        hr.submit(links(cycle) + "/send", Map.of()).then().statusCode(303);
        hr.submit(links(closing) + "/send", Map.of()).then().statusCode(303);
        for (String path : List.of(waitingLink, answeredLink, lateLink)) {
            awaitLink(path, link -> link.sendState == SendState.sent);
        }
        Fixtures.answer(Browser.anonymous(), answeredLink, Fixtures.answers()).then().statusCode(200);
        Fixtures.setCycleState(closing, "closed");

        backdate(6);
        mailer.remind();
        Thread.sleep(1_500);
        assertEquals(1, GreenMailServer.to(waiting.email).size(), "not due before 7 days");

        backdate(8);
        mailer.remind();
        List<MimeMessage> mails = GreenMailServer.await(waiting.email, 2);
        assertEquals(2, mails.size());
        MimeMessage reminder = mails.get(1);
        assertEquals("Reminder: how did " + employee.name + " do? A minute of feedback for Twoway", reminder.getSubject());
        String reminded = GreenMailServer.linkPath(reminder);
        assertNotEquals(GreenMailServer.linkPath(mails.get(0)), reminded);
        Browser.anonymous().get(reminded).then().statusCode(200);
        Browser.anonymous().get(GreenMailServer.linkPath(mails.get(0))).then().statusCode(200);

        backdate(30);
        mailer.remind();
        Thread.sleep(1_500);
        assertEquals(2, GreenMailServer.to(waiting.email).size(), "one reminder at most");
        assertEquals(1, GreenMailServer.to(answered.email).size(), "no reminder once answered");
        assertEquals(1, GreenMailServer.to(late.email).size(), "no reminder after the cycle closed");
        assertEquals(1, Fixtures.link(waitingLink).remindersSent);
    }

    @Test
    void noTokenEverReachesTheLog() throws Exception {
        StringBuilder log = new StringBuilder();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                synchronized (log) {
                    log.append(record.getMessage()).append(' ');
                    if (record.getParameters() != null) {
                        for (Object parameter : record.getParameters()) {
                            log.append(parameter).append(' ');
                        }
                    }
                    if (record.getThrown() != null) {
                        log.append(record.getThrown()).append('\n');
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            ReviewCycle cycle = TestData.cycle(CycleState.open);
            Customer customer = TestData.customer(tier);
            Customer unreachable = TestData.customer(tier);
            setEmail(unreachable, "no address at all");
            String issued = Fixtures.issue(cycle, customer, TestData.employee(team), null);
            String failing = Fixtures.issue(cycle, unreachable, TestData.employee(team), null);
            Browser.hr().submit(links(cycle) + "/send", Map.of()).then().statusCode(303);
            awaitLink(failing, link -> link.sendState == SendState.failed);
            String mailed = GreenMailServer.linkPath(GreenMailServer.await(customer.email, 1).get(0));
            Map<String, Object> incomplete = Fixtures.answers();
            incomplete.remove("solved");
            Browser phone = Browser.anonymous();
            Fixtures.answer(phone, mailed, incomplete).then().statusCode(400);
            phone.submit(mailed, Fixtures.answers()).then().statusCode(200);
            phone.get(issued).then().statusCode(410);
            phone.submitWithoutToken(issued, Fixtures.answers()).then().statusCode(400);
            Browser.anonymous().request().contentType("application/json").body("{").post(issued).then().statusCode(415);

            String everything;
            synchronized (log) {
                everything = log.toString();
            }
            assertTrue(everything.contains("Emailing feedback link " + Fixtures.link(failing).id + " failed"), everything);
            for (String path : List.of(issued, mailed, failing)) {
                String token = path.substring("/f/".length());
                assertTrue(!everything.contains(token), "token in the log: " + everything);
            }
        } finally {
            root.removeHandler(capture);
        }
    }

    private static String links(ReviewCycle cycle) {
        return "/hr/cycles/" + cycle.id + "/links";
    }

    private static FeedbackLink awaitLink(String path, Predicate<FeedbackLink> condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        FeedbackLink link = Fixtures.link(path);
        while (!condition.test(link) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            link = Fixtures.link(path);
        }
        assertTrue(condition.test(link), "link is " + link.sendState + " (" + link.sendError + ")");
        return link;
    }

    private static void setEmail(Customer customer, String email) {
        QuarkusTransaction.requiringNew().run(() -> Customer.getEntityManager()
                .createNativeQuery("UPDATE customer SET email = ?1 WHERE id = ?2")
                .setParameter(1, email).setParameter(2, customer.id).executeUpdate());
    }

    /** Moves every sent email and reminder of this test's links some days into the past. */
    private void backdate(int days) {
        QuarkusTransaction.requiringNew().run(() -> FeedbackLink.getEntityManager().createNativeQuery(
                        "UPDATE feedback_link SET sent_at = sent_at - INTERVAL ?1 DAY,"
                                + " last_reminded_at = last_reminded_at - INTERVAL ?1 DAY"
                                + " WHERE employee_id IN (SELECT id FROM employee WHERE team_id = ?2)")
                .setParameter(1, days).setParameter(2, team.id).executeUpdate());
    }
}
