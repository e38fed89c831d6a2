package org.twoway.loop;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.twoway.Browser;
import org.twoway.customers.Customer;
import org.twoway.cycles.ReviewCycle;
import org.twoway.feedback.Fixtures;
import org.twoway.people.Employee;
import org.twoway.people.UserAccount;

/** Follow-ups for page tests: one recorded straight into the database, or one opened by a customer's real answer. */
public final class LoopData {

    private LoopData() {
    }

    /** A direct contact HR recorded for the owner (null: unowned), due at the time given. */
    public static FollowUp directContact(ReviewCycle cycle, Customer customer, Employee owner, Instant due) {
        return QuarkusTransaction.requiringNew().call(() -> {
            FollowUp followUp = new FollowUp();
            followUp.cycle = ReviewCycle.findById(cycle.id);
            followUp.customer = Customer.findById(customer.id);
            followUp.owner = owner == null ? null : Employee.findById(owner.id);
            followUp.source = FollowUpSource.DIRECT_CONTACT;
            followUp.about = "Wants the March invoice explained";
            followUp.cameVia = CameVia.PHONE;
            followUp.recordedBy = UserAccount.findByEmail(Browser.HR_EMAIL).orElseThrow();
            followUp.openedAt = due.minus(Duration.ofDays(2));
            followUp.dueAt = due;
            followUp.mailState = MailState.sent;
            followUp.persist();
            return followUp;
        });
    }

    /** The customer answers a link about the employee low, with a comment: the answer opens a follow-up. */
    static FollowUp lowAnswer(ReviewCycle cycle, Customer customer, Employee employee, String comment) {
        answer(cycle, customer, employee, "1", comment);
        return QuarkusTransaction.requiringNew().call(() -> FollowUp.<FollowUp>find("customer.id = ?1 and owner.id = ?2",
                customer.id, employee.id).firstResultOptional().orElseThrow(() -> new AssertionError("no follow-up opened")));
    }

    /** The customer answers a link about the employee, every rating as given (5: nothing to follow up). */
    static void answer(ReviewCycle cycle, Customer customer, Employee employee, String rating, String comment) {
        String path = Fixtures.issue(cycle, customer, employee, null);
        Browser browser = Browser.anonymous();
        browser.get(path);
        Map<String, Object> answers = new HashMap<>();
        answers.put("responsiveness", rating);
        answers.put("solved", rating);
        answers.put("promises", rating);
        answers.put("company", "4");
        answers.put("firstContact", "PERSON");
        answers.put("comment", comment);
        if (browser.submit(path, answers).statusCode() != 200) {
            throw new AssertionError("the answer was not taken");
        }
    }

    static FollowUp find(long id) {
        return QuarkusTransaction.requiringNew().call(() -> FollowUp.<FollowUp>findById(id));
    }

    static long events(long followUpId, EventKind kind) {
        return QuarkusTransaction.requiringNew().call(() -> FollowUpEvent.count("followUp.id = ?1 and kind = ?2", followUpId, kind));
    }
}
