package org.twoway.customers;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.Map;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.twoway.Browser;
import org.twoway.PageText;
import org.twoway.TestData;
import org.twoway.people.Employee;

@QuarkusTest
class TierPagesTest {

    @Test
    void addedTierShowsInTheListWithItsHoursAndWhatItIncludes() {
        Browser hr = Browser.hr();
        String name = TestData.unique("Gold");
        hr.submit("/hr/tiers", Map.of("name", "  " + name + " ", "entitledHours", "12.5", "description", "Phone support"))
                .then().statusCode(303).header("Location", endsWith("/hr/tiers"));

        String list = hr.get("/hr/tiers").then().statusCode(200).extract().asString();
        assertTrue(list.contains("Service tier “" + name + "” saved."), "flash message");
        String row = rowOf(list, name);
        assertTrue(row.contains("<td class=\"num\">12.5</td>"), row);
        assertTrue(row.contains("Phone support"), row);
        assertEquals(0, new BigDecimal("12.50").compareTo(ServiceTier.findByName(name).orElseThrow().entitledHours));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "name|''|Enter the tier's name.",
            "name|101 characters|Keep the name to 100 characters.",
            "entitledHours|''|Enter the service hours a customer of this tier is entitled to per review cycle.",
            "entitledHours|lots|Enter the hours as a number, such as 40 or 12.5.",
            "entitledHours|1,000|Enter the hours as a number, such as 40 or 12.5.",
            "entitledHours|0|Entitled hours must be more than 0.",
            "entitledHours|-5|Entitled hours must be more than 0.",
            "entitledHours|10000.01|Entitled hours can be at most 10000 per review cycle.",
            "entitledHours|2.555|Give the hours with at most two decimals, such as 12.5.",
            "description|2001 characters|Keep the description to 2000 characters.",
    })
    void eachInvalidInputIsShownByItsFieldKeptAndNothingIsStored(String field, String value, String message) {
        String name = TestData.unique("Tier");
        Map<String, String> form = new HashMap<>(Map.of("name", name, "entitledHours", "40", "description", "Email"));
        form.put(field, typed(value));

        String page = Browser.hr().submit("/hr/tiers", form).then().statusCode(400).extract().asString();

        assertEquals(message, PageText.errorBy(page, field));
        assertEquals(typed(value), PageText.valueOf(page, field));
        assertTrue(ServiceTier.findByName(form.get("name")).isEmpty(), "nothing stored");
    }

    @Test
    void duplicateNameIsRefusedByTheNameField() {
        ServiceTier existing = TestData.tier(10);
        Response response = Browser.hr().submit("/hr/tiers", Map.of("name", existing.name.toUpperCase(), "entitledHours", "99"));
        response.then().statusCode(409);
        assertEquals("A service tier named “" + existing.name.toUpperCase() + "” already exists.",
                PageText.errorBy(response.asString(), "name"));
        assertEquals(0, new BigDecimal("10").compareTo(ServiceTier.<ServiceTier>findById(existing.id).entitledHours));
    }

    @Test
    void editingChangesTheTierAndDeactivatingKeepsItListedAsInactive() {
        ServiceTier tier = TestData.tier(10);
        Browser hr = Browser.hr();
        String edit = hr.get("/hr/tiers/" + tier.id + "/edit").then().statusCode(200).extract().asString();
        assertEquals("10", PageText.valueOf(edit, "entitledHours"));

        String renamed = TestData.unique("Platinum");
        hr.submit("/hr/tiers/" + tier.id, Map.of("name", renamed, "entitledHours", "80", "description", "Everything"))
                .then().statusCode(303);
        assertTrue(rowOf(hr.get("/hr/tiers").asString(), renamed).contains("<td class=\"num\">80</td>"));

        hr.submit("/hr/tiers/" + tier.id + "/deactivate", Map.of()).then().statusCode(303);
        String list = hr.get("/hr/tiers").asString();
        assertTrue(list.contains("deactivated. Customers on it keep it"), "flash");
        assertTrue(rowOf(list, renamed).contains("inactive"), "row marked inactive");
        assertTrue(ServiceTier.findByName(renamed).isPresent(), "kept, not deleted");

        hr.submit("/hr/tiers/" + tier.id + "/activate", Map.of()).then().statusCode(303);
        assertTrue(rowOf(hr.get("/hr/tiers").asString(), renamed).contains("badge ok\">active"));
    }

    @Test
    void editingAnUnknownTierIsNotFound() {
        Browser.hr().get("/hr/tiers/999999999/edit").then().statusCode(404).body(containsString("There is no service tier 999999999."));
    }

    @Test
    void everySignedInEmployeeReadsTheActiveTiersCommitmentsInWords() {
        ServiceTier gold = TestData.tier(40);
        ServiceTier retired = TestData.tier(5);
        QuarkusTransaction.requiringNew().run(() -> ServiceTier.update("active = false where id = ?1", retired.id));
        Employee employee = TestData.employeeWithLogin(TestData.team());

        String page = Browser.signedIn(employee.email, TestData.EMPLOYEE_PASSWORD).get("/tiers")
                .then().statusCode(200).extract().asString();

        String text = PageText.mainText(page);
        assertTrue(text.contains(gold.name + ": 40 hours of service per review cycle. Includes: Test tier"), text);
        assertFalse(text.contains(retired.name), "an inactive tier is not a commitment");
        Browser.anonymous().get("/tiers").then().statusCode(303).header("Location", containsString("/login"));
    }

    static String typed(String value) {
        return switch (value) {
            case "101 characters" -> "n".repeat(101);
            case "2001 characters" -> "d".repeat(2001);
            default -> value;
        };
    }

    static String rowOf(String html, String name) {
        int at = html.indexOf("<td>" + name + "</td>");
        assertTrue(at >= 0, name + " is listed");
        return html.substring(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at));
    }
}
