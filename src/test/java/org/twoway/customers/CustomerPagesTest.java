package org.twoway.customers;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.twoway.Browser;
import org.twoway.PageText;
import org.twoway.TestData;

@QuarkusTest
class CustomerPagesTest {

    @Test
    void addedCustomerHasADetailPageWithItsTierAndEntitledHours() {
        ServiceTier tier = TestData.tier(40);
        String ref = TestData.unique("ACME");
        Browser hr = Browser.hr();
        Response saved = hr.submit("/hr/customers", Map.of("ref", " " + ref + " ", "name", "Acme Ltd",
                "tier", tier.name, "email", " Buyer@Acme.Example "));
        saved.then().statusCode(303);
        Customer customer = Customer.findByRef(ref).orElseThrow();
        assertTrue(saved.header("Location").endsWith("/hr/customers/" + customer.id));
        assertEquals("buyer@acme.example", customer.email);

        String text = PageText.mainText(hr.get("/hr/customers/" + customer.id).then().statusCode(200).extract().asString());
        assertTrue(text.contains("Customer “Acme Ltd” saved."), text);
        assertTrue(text.contains("Reference " + ref), text);
        assertTrue(text.contains("Service tier " + tier.name), text);
        assertTrue(text.contains("Entitled hours 40 hours of service per review cycle"), text);
        assertTrue(text.contains("Contact email buyer@acme.example"), text);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "ref|''|Enter the customer's reference in the CRM.",
            "ref|65 characters|Keep the reference to 64 characters.",
            "name|''|Enter the customer's name.",
            "name|201 characters|Keep the name to 200 characters.",
            "tier|''|Choose the customer's service tier.",
            "tier|No such tier|There is no service tier named “No such tier”.",
            "email|not-an-email|Enter an email address such as name@example.com, or leave it empty.",
            "email|someone@localhost|Enter an email address such as name@example.com, or leave it empty.",
    })
    void eachInvalidInputIsShownByItsFieldKeptAndNothingIsStored(String field, String value, String message) {
        ServiceTier tier = TestData.tier(20);
        String ref = TestData.unique("REF");
        Map<String, String> form = new HashMap<>(Map.of("ref", ref, "name", "Someone", "tier", tier.name, "email", ""));
        form.put(field, typed(value));

        String page = Browser.hr().submit("/hr/customers", form).then().statusCode(400).extract().asString();

        assertEquals(message, PageText.errorBy(page, field));
        if (!field.equals("tier")) {
            assertEquals(typed(value), PageText.valueOf(page, field));
        }
        assertTrue(Customer.findByRef(form.get("ref")).isEmpty(), "nothing stored");
    }

    @Test
    void aDeactivatedTierIsNotOfferedNorAccepted() {
        ServiceTier retired = TestData.tier(5);
        QuarkusTransaction.requiringNew().run(() -> ServiceTier.update("active = false where id = ?1", retired.id));
        Browser hr = Browser.hr();
        assertFalse(hr.get("/hr/customers/new").asString().contains(retired.name));

        String ref = TestData.unique("OLD");
        String page = hr.submit("/hr/customers", Map.of("ref", ref, "name", "Old", "tier", retired.name))
                .then().statusCode(400).extract().asString();
        assertEquals("The service tier “" + retired.name + "” is deactivated; choose an active one.", PageText.errorBy(page, "tier"));
        assertTrue(Customer.findByRef(ref).isEmpty());
    }

    @Test
    void duplicateRefIsRefusedByTheRefField() {
        Customer existing = TestData.customer(TestData.tier(10));
        ServiceTier tier = TestData.tier(10);
        String page = Browser.hr().submit("/hr/customers", Map.of("ref", existing.ref, "name", "Another", "tier", tier.name))
                .then().statusCode(409).extract().asString();
        assertEquals("A customer with the reference “" + existing.ref + "” already exists (" + existing.name + ").",
                PageText.errorBy(page, "ref"));
        assertEquals("Another", PageText.valueOf(page, "name"));
        assertEquals(existing.name, Customer.findByRef(existing.ref).orElseThrow().name);
    }

    @Test
    void editingKeepsADeactivatedTierTheCustomerIsOnAndDeactivatingKeepsTheCustomer() {
        ServiceTier tier = TestData.tier(10);
        Customer customer = TestData.customer(tier);
        QuarkusTransaction.requiringNew().run(() -> ServiceTier.update("active = false where id = ?1", tier.id));
        Browser hr = Browser.hr();
        String edit = hr.get("/hr/customers/" + customer.id + "/edit").then().statusCode(200).extract().asString();
        assertEquals(tier.name, PageText.valueOf(edit, "tier"));

        hr.submit("/hr/customers/" + customer.id, Map.of("ref", customer.ref, "name", "Renamed Ltd", "tier", tier.name,
                "email", "")).then().statusCode(303);
        Customer saved = Customer.findById(customer.id);
        assertEquals("Renamed Ltd", saved.name);
        assertEquals(null, saved.email);

        hr.submit("/hr/customers/" + customer.id + "/deactivate", Map.of()).then().statusCode(303);
        String detail = PageText.mainText(hr.get("/hr/customers/" + customer.id).asString());
        assertTrue(detail.contains("deactivated. Its history is kept."), detail);
        assertTrue(detail.contains("Status inactive"), detail);
        hr.submit("/hr/customers/" + customer.id + "/activate", Map.of()).then().statusCode(303);
        assertTrue(PageText.mainText(hr.get("/hr/customers/" + customer.id).asString()).contains("Status active"));
    }

    @Test
    void searchFindsByNameOrRefAndPagesThroughLongLists() {
        ServiceTier tier = TestData.tier(10);
        String token = TestData.unique("Zeta");
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 1; i <= 51; i++) {
                Customer customer = new Customer();
                customer.ref = token + "-R" + i;
                customer.name = String.format("Paged %02d", i);
                customer.tier = ServiceTier.findById(tier.id);
                customer.persist();
            }
        });
        Browser hr = Browser.hr();

        String firstPage = hr.get("/hr/customers?q=" + token).then().statusCode(200).extract().asString();
        String first = PageText.mainText(firstPage);
        assertTrue(first.contains("Showing 1–50 of 51 customers whose name or reference contains “" + token + "”."), first);
        assertTrue(first.contains("Paged 50") && !first.contains("Paged 51"), first);
        assertTrue(first.contains("Page 1 of 2 Next page"), first);

        Matcher next = Pattern.compile("href=\"([^\"]+)\" rel=\"next\"").matcher(firstPage);
        assertTrue(next.find(), "a link to the next page");
        String second = PageText.mainText(hr.request().urlEncodingEnabled(false).get(next.group(1).replace("&amp;", "&")).asString());
        assertTrue(second.contains("Showing 51–51 of 51"), second);
        assertTrue(second.contains("Paged 51"), second);

        String byRef = PageText.mainText(hr.get("/hr/customers?q=" + token.toLowerCase() + "-r7").asString());
        assertTrue(byRef.contains("Showing 1–1 of 1"), byRef);
        assertTrue(byRef.contains("Paged 07"), byRef);

        String wildcard = PageText.mainText(hr.get("/hr/customers?q=" + token + "_R1%25").asString());
        assertTrue(wildcard.contains("No customer’s name or reference contains"), wildcard);
    }

    @Test
    void anUnknownCustomerIsNotFound() {
        Browser.hr().get("/hr/customers/999999999").then().statusCode(404)
                .body(containsString("There is no customer 999999999."));
    }

    static String typed(String value) {
        return switch (value) {
            case "65 characters" -> "R".repeat(65);
            case "201 characters" -> "n".repeat(201);
            default -> value;
        };
    }
}
