package org.twoway.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.twoway.Browser;
import org.twoway.TestData;
import org.twoway.customers.Customer;
import org.twoway.cycles.ReviewCycle;
import org.twoway.feedback.Fixtures;
import org.twoway.people.Employee;

/** Steps that several journeys take. */
final class Journeys {

    private Journeys() {
    }

    static void signInAsHr(Page page) {
        signIn(page, Browser.HR_EMAIL, Browser.HR_PASSWORD);
    }

    /** Signs in through the login page and waits for the home page it leads to. */
    static void signIn(Page page, String email, String password) {
        page.navigate("/login");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page).not().hasURL(Pattern.compile("/login$"));
    }

    /** A customer on a 10-hour tier that received 40 hours in the cycle: an over-served client. */
    static Customer overServedCustomer(ReviewCycle cycle) {
        Customer customer = TestData.customer(TestData.tier(10));
        Employee employee = TestData.employee(TestData.team());
        Fixtures.effort(cycle, employee, customer, 40);
        return customer;
    }
}
