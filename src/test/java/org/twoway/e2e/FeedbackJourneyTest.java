package org.twoway.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.twoway.TestData;
import org.twoway.customers.Customer;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.CyclesTest;
import org.twoway.cycles.ReviewCycle;
import org.twoway.feedback.CustomerRating;
import org.twoway.feedback.FeedbackLink;
import org.twoway.feedback.FirstContactChoice;
import org.twoway.feedback.Fixtures;
import org.twoway.friction.BusinessProcess;
import org.twoway.people.Employee;

/** HR issues a feedback link; a customer answers one on a phone, with the keyboard alone. */
@QuarkusTest
class FeedbackJourneyTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @TestHTTPResource("/")
    URL app;

    private Page page;

    @Test
    void hrPlansAndOpensACycleThenIssuesALinkShownOnce() {
        CyclesTest.closeEveryOpenCycle();
        Customer customer = TestData.customer(TestData.tier(10));
        Employee employee = TestData.employee(TestData.team());
        String cycleName = TestData.unique("Cycle");
        page = chromium.window(app);

        Journeys.signInAsHr(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cycles")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Plan a cycle")).click();
        page.getByLabel("Name").fill(cycleName);
        page.getByLabel("Starts on").fill(LocalDate.now().toString());
        page.getByLabel("Ends on").fill(LocalDate.now().plusDays(90).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("is saved as a draft");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the cycle")).click();
        assertThat(page.locator("h1")).containsText(cycleName + " open");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Feedback links")).click();
        page.getByLabel("Customer").selectOption(customer.ref);
        page.getByLabel("Employee who served them").selectOption(employee.email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Issue link").setExact(true)).click();

        assertThat(page.locator("h1")).containsText("New feedback links");
        assertThat(page.getByText("Shown only this once.")).isVisible();
        String url = page.locator("code.url").innerText();
        assertTrue(url.matches("https?://[^/]+/f/[A-Za-z0-9_-]{20,}"), url);
        Chromium.screenshot(page, "hr-issues-link");

        FeedbackLink link = Fixtures.link(URI.create(url).getPath());
        assertEquals(List.of(customer.id, employee.id, cycleName),
                QuarkusTransaction.requiringNew().call(() -> {
                    FeedbackLink stored = FeedbackLink.findById(link.id);
                    return List.<Object>of(stored.customer.id, stored.employee.id, stored.cycle.name);
                }));
        page.navigate(URI.create(url).getPath());
        assertThat(page.locator("h1")).hasText("How did " + employee.name + " do?");
    }

    @Test
    void customerAnswersOnAPhoneWithTheKeyboardAloneThenFindsTheLinkAnswered() {
        ReviewCycle cycle = TestData.cycle(CycleState.open);
        Employee employee = TestData.employee(TestData.team());
        BusinessProcess process = TestData.process();
        String path = Fixtures.issue(cycle, TestData.customer(TestData.tier(10)), employee, process);
        page = chromium.window(app, 360, 740);

        page.navigate(path);
        assertThat(page.locator("h1")).hasText("How did " + employee.name + " do?");
        assertEquals(360, (Integer) page.evaluate("() => document.documentElement.scrollWidth"),
                "the form fits a 360 px wide phone without sideways scrolling");

        page.keyboard().press("Tab");
        assertEquals("Skip to content", focused("el => el.textContent"));
        page.keyboard().press("Enter");
        choose("responsiveness", 5);
        choose("solved", 4);
        choose("promises", 1);
        choose("company", 3);
        page.keyboard().press("Tab");
        assertEquals("firstContact=PERSON", focused("el => el.name + '=' + el.value"));
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Tab");
        assertEquals("comment", focused("el => el.name"));
        page.keyboard().type("Fixed it on the first call.");
        page.keyboard().press("Tab");
        assertEquals("callBack", focused("el => el.name"));
        page.keyboard().press("Space");
        assertEquals("true", focused("el => String(el.checked)"));
        page.keyboard().press("Tab");
        assertEquals("Send my answers", focused("el => el.textContent"));
        Chromium.screenshot(page, "customer-form-by-keyboard");
        page.keyboard().press("Enter");

        assertThat(page.locator("h1")).hasText("Thank you!");
        assertThat(page.locator("main")).containsText("Your answers about " + employee.name + " are saved.");
        assertThat(page.locator("main")).containsText(employee.name + " will get back to you within 2 working days.");
        Chromium.screenshot(page, "customer-thanks");
        CustomerRating rating = rating(path);
        assertEquals(List.of(5, 4, 1, 3), List.of(rating.responsiveness, rating.solved, rating.promises, rating.company));
        assertEquals(FirstContactChoice.CHANNEL, rating.firstContact);
        assertEquals("Fixed it on the first call.", rating.comment);

        page.navigate(path);
        assertThat(page.locator("h1")).hasText("Thank you, we already have your answers");
        Chromium.screenshot(page, "customer-already-answered");
    }

    /**
     * Tabs into a 1 to 5 rating, which focuses its first choice, and moves with the arrow keys to the
     * rating (Space chooses 1, the first).
     */
    private void choose(String question, int rating) {
        page.keyboard().press("Tab");
        assertEquals(question + "=1", focused("el => el.name + '=' + el.value"));
        if (rating == 1) {
            page.keyboard().press("Space");
        }
        for (int i = 1; i < rating; i++) {
            page.keyboard().press("ArrowRight");
        }
        assertEquals(question + "=" + rating + " checked", focused("el => el.name + '=' + el.value + (el.checked ? ' checked' : '')"));
    }

    private String focused(String property) {
        return (String) page.evaluate("() => (" + property + ")(document.activeElement)");
    }

    private static CustomerRating rating(String path) {
        FeedbackLink link = Fixtures.link(path);
        return QuarkusTransaction.requiringNew().call(() -> CustomerRating.<CustomerRating>find("link.id", link.id).singleResult());
    }
}
