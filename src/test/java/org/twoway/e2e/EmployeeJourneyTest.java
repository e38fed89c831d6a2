package org.twoway.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.twoway.TestData;
import org.twoway.cycles.ReviewCycle;
import org.twoway.friction.BusinessProcess;
import org.twoway.friction.OpenCycles;
import org.twoway.friction.PainReport;
import org.twoway.people.Employee;

/** An employee signs in and reports, anonymously, where a process hurts. */
@QuarkusTest
class EmployeeJourneyTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @TestHTTPResource("/")
    URL app;

    private Page page;

    @Test
    void employeeFilesAnAnonymousPainReport() {
        Employee employee = TestData.employeeWithLogin(TestData.team());
        BusinessProcess process = TestData.process();
        ReviewCycle cycle = OpenCycles.newest();
        page = chromium.window(app);

        Journeys.signIn(page, employee.email, TestData.EMPLOYEE_PASSWORD);
        assertThat(page.locator("h1")).hasText("My work");
        assertThat(page.locator("main")).containsText(cycle.name);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("File a report on " + process.name)).click();

        assertThat(page.locator("h1")).hasText("How much does “" + process.name + "” hurt?");
        rate("Time wasted", 4);
        rate("Tools", 2);
        rate("Hand-offs and approvals", 5);
        rate("Clarity of the rules", 3);
        rate("Pressure from customers to bend the rules", 1);
        page.getByLabel("Hours lost per week").fill("3.5");
        page.getByLabel("What would fix it? (optional)").fill("One approval instead of three.");
        assertThat(page.getByLabel("Anonymously: your name is not stored with the report")).isChecked();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save report")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("is saved");
        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(process.name));
        assertThat(row).containsText("filed anonymously");
        Chromium.screenshot(page, "employee-pain-report");

        PainReport report = QuarkusTransaction.requiringNew().call(() ->
                PainReport.<PainReport>find("cycle.id = ?1 and process.id = ?2", cycle.id, process.id).singleResult());
        assertTrue(report.anonymous);
        assertNull(report.employee);
        assertEquals(List.of(4, 2, 5, 3, 1), List.of(report.timeWasted, report.tools, report.handoffs, report.rules,
                report.customerPressure));
        assertEquals(0, new BigDecimal("3.5").compareTo(report.hoursLostPerWeek));
        assertEquals("One approval instead of three.", report.fix);
    }

    private void rate(String friction, int rating) {
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(friction).setExact(true))
                .getByLabel(String.valueOf(rating), new Locator.GetByLabelOptions().setExact(rating > 1 && rating < 5))
                .check();
    }
}
