package org.twoway.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.twoway.TestData;
import org.twoway.customers.Customer;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.ReviewCycle;
import org.twoway.feedback.Fixtures;
import org.twoway.friction.ActionData;
import org.twoway.friction.ActionState;
import org.twoway.friction.BusinessProcess;
import org.twoway.friction.OpenCycles;
import org.twoway.loop.FollowUp;
import org.twoway.loop.LoopData;
import org.twoway.people.Employee;
import org.twoway.special.SpecialData;
import org.twoway.special.SpecialSituation;

/** axe-core finds no serious or critical accessibility problem on the pages people meet first. */
@QuarkusTest
class AccessibilityTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @TestHTTPResource("/")
    URL app;

    @Test
    void loginPage() {
        Page page = chromium.windowForInjectedScripts(app);
        page.navigate("/login");
        assertThat(page.locator("h1")).hasText("Sign in to Twoway");

        assertEquals(List.of(), Axe.seriousViolations(page));
    }

    @Test
    void loginPageShowingAnError() {
        Page page = chromium.windowForInjectedScripts(app);
        page.navigate("/login");
        page.getByLabel("Email").fill("nobody@test.example");
        page.getByLabel("Password").fill("wrong-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).isVisible();

        assertEquals(List.of(), Axe.seriousViolations(page));
    }

    @Test
    void axeReportsAFieldWithoutItsLabel() {
        Page page = chromium.windowForInjectedScripts(app);
        page.navigate("/login");
        page.evaluate("() => document.querySelector('label[for=f-email]').remove()");

        List<String> violations = Axe.seriousViolations(page);
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("label (critical)") && v.contains("#f-email")),
                violations::toString);
    }

    @Test
    void customerForm() {
        Employee employee = TestData.employee(TestData.team());
        String link = Fixtures.issue(TestData.cycle(CycleState.open), TestData.customer(TestData.tier(10)), employee,
                TestData.process());
        Page page = chromium.windowForInjectedScripts(app);
        page.navigate(link);
        assertThat(page.locator("h1")).hasText("How did " + employee.name + " do?");

        assertEquals(List.of(), Axe.seriousViolations(page));
    }

    @Test
    void employeePagesOnAPhone() {
        Employee employee = TestData.employeeWithLogin(TestData.team());
        ReviewCycle cycle = OpenCycles.newest();
        BusinessProcess process = TestData.process();
        Journeys.overServedCustomer(cycle);
        Page page = chromium.windowForInjectedScripts(app, 360, 740);
        Customer customer = TestData.customer(TestData.tier(10));
        FollowUp followUp = LoopData.directContact(cycle, customer, employee, Instant.now().minus(Duration.ofHours(1)));
        SpecialSituation promise = SpecialData.promise(cycle, customer, employee, "A weekly call for a month", "6");
        ActionData.action(cycle, process, "One approval instead of three", ActionState.DONE, Instant.now());
        Journeys.signIn(page, employee.email, TestData.EMPLOYEE_PASSWORD);

        for (String path : List.of("/me", "/me/cycles/" + cycle.id + "/pain-reports/" + process.id, "/me/effort/new",
                "/follow-ups/" + followUp.id, "/direct-contacts/new", "/direct-contacts/new?customer=" + customer.id,
                "/special-situations/new", "/special-situations/" + promise.id)) {
            page.navigate(path);
            assertEquals(List.of(), Axe.seriousViolations(page), path);
        }
    }

    @Test
    void hrPagesOnAPhone() {
        ReviewCycle cycle = OpenCycles.newest();
        Journeys.overServedCustomer(cycle);
        FollowUp unowned = LoopData.directContact(cycle, TestData.customer(TestData.tier(10)), null, Instant.now());
        SpecialSituation promise = SpecialData.promise(cycle, unowned.customer, null, "A free audit", "12");
        ActionData.action(cycle, TestData.process(), "One approval instead of three", ActionState.IN_PROGRESS, null);
        Page page = chromium.windowForInjectedScripts(app, 360, 740);
        Journeys.signInAsHr(page);

        String hub = "/hr/cycles/" + cycle.id;
        for (String path : List.of("/hr/cycles", hub, hub + "/links", hub + "/effort", hub + "/friction", "/hr/customers",
                hub + "/follow-ups", "/follow-ups/" + unowned.id, hub + "/special-situations", hub + "/process-actions",
                "/special-situations/" + promise.id, "/special-situations/new", "/hr/tiers", "/hr/processes")) {
            page.navigate(path);
            assertEquals(List.of(), Axe.seriousViolations(page), path);
        }
    }

    @Test
    void reportDashboard() {
        ReviewCycle cycle = TestData.cycle(CycleState.open);
        Journeys.overServedCustomer(cycle);
        Page page = chromium.windowForInjectedScripts(app);
        Journeys.signInAsHr(page);
        page.navigate("/hr/cycles/" + cycle.id + "/report");
        assertThat(page.locator("h1")).containsText(cycle.name);

        assertEquals(List.of(), Axe.seriousViolations(page));
    }
}
