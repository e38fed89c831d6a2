package org.twoway.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.twoway.Browser;
import org.twoway.TestData;
import org.twoway.customers.Customer;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.ReviewCycle;

/** HR reads a cycle's dashboard and finds a flag with the numbers it fired on. */
@QuarkusTest
class ReportJourneyTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @TestHTTPResource("/")
    URL app;

    @Test
    void hrSeesAnOverServedClientFlagWithItsEvidence() {
        ReviewCycle cycle = TestData.cycle(CycleState.open);
        Customer customer = Journeys.overServedCustomer(cycle);
        String message = overServedMessage(cycle, customer);
        Page page = chromium.window(app);

        Journeys.signInAsHr(page);
        page.navigate("/hr/cycles/" + cycle.id);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Report").setExact(true)).click();

        assertThat(page.locator("h1")).containsText(cycle.name);
        Locator flag = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(message));
        assertThat(flag).isVisible();
        assertThat(flag).containsText("entitled");
        flag.scrollIntoViewIfNeeded();
        Chromium.screenshot(page, "hr-report-flag");
    }

    /** The sentence the JSON report gives the customer's OVER_SERVED_CLIENT flag. */
    @SuppressWarnings("unchecked")
    private static String overServedMessage(ReviewCycle cycle, Customer customer) {
        List<Map<String, Object>> flags = given().auth().preemptive().basic(Browser.HR_EMAIL, Browser.HR_PASSWORD)
                .get("/api/v1/cycles/" + cycle.id + "/report").then().statusCode(200).extract().path("flags");
        return flags.stream()
                .filter(f -> "OVER_SERVED_CLIENT".equals(f.get("code")) && customer.ref.equals(f.get("subject")))
                .map(f -> (String) f.get("message"))
                .findFirst().orElseThrow(() -> new AssertionError("No OVER_SERVED_CLIENT flag on " + customer.ref + ": " + flags));
    }
}
