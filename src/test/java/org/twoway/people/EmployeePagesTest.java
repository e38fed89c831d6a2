package org.twoway.people;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.twoway.Browser;
import org.twoway.PageText;
import org.twoway.TestData;
import org.twoway.feedback.GreenMailServer;
import org.twoway.system.Role;

@QuarkusTest
@WithTestResource(value = GreenMailServer.class, scope = TestResourceScope.GLOBAL)
class EmployeePagesTest {

    static final String PASSWORD = "a-first-password";

    @Test
    void addedEmployeeWithoutLoginIsListedWithTeamAndNoLogin() {
        Team team = TestData.team();
        String email = TestData.unique("ana").toLowerCase() + "@test.example";
        Browser hr = Browser.hr();
        hr.submit("/hr/employees", Map.of("email", "  " + email.toUpperCase(), "name", "Ana Lima", "team", team.name,
                "password", "")).then().statusCode(303);

        Employee employee = Employee.findByEmail(email).orElseThrow();
        assertEquals(email, employee.email);
        assertTrue(UserAccount.findByEmployee(employee).isEmpty());
        String row = rowOf(hr.get("/hr/employees").asString(), email);
        assertTrue(row.contains("<td>" + team.name + "</td>"), row);
        assertTrue(row.contains("<td>no</td>"), row);
        assertTrue(row.contains("badge ok\">active"), row);
    }

    @Test
    void givingALoginLetsThePersonSignInAsAnEmployee() {
        Team team = TestData.team();
        String email = TestData.unique("bo").toLowerCase() + "@test.example";
        Browser hr = Browser.hr();
        hr.submit("/hr/employees", Map.of("email", email, "name", "Bo", "team", team.name, "password", PASSWORD))
                .then().statusCode(303);

        assertTrue(hr.get("/hr/employees").asString().contains("They can now sign in with " + email + "."));
        assertTrue(rowOf(hr.get("/hr/employees").asString(), email).contains("<td>yes</td>"));
        assertEquals(Role.EMPLOYEE, UserAccount.findByEmail(email).orElseThrow().role);
        Browser.signedIn(email, PASSWORD).get("/tiers").then().statusCode(200);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "email|''|Enter the person's email address.",
            "email|not-an-email|Enter an email address such as name@example.com.",
            "email|255 characters|Keep the email address to 254 characters.",
            "name|''|Enter the person's name.",
            "name|101 characters|Keep the name to 100 characters.",
            "team|''|Choose the person's team.",
            "team|No such team|There is no team named “No such team”.",
            "password|short|Choose a password of 10 to 200 characters.",
    })
    void eachInvalidInputIsShownByItsFieldKeptAndNothingIsStored(String field, String value, String message) {
        Team team = TestData.team();
        String email = TestData.unique("cy").toLowerCase() + "@test.example";
        Map<String, String> form = new HashMap<>(Map.of("email", email, "name", "Cy", "team", team.name, "password", ""));
        form.put(field, typed(value));

        String page = Browser.hr().submit("/hr/employees", form).then().statusCode(400).extract().asString();

        assertEquals(message, PageText.errorBy(page, field));
        if (field.equals("email") || field.equals("name")) {
            assertEquals(typed(value).strip(), PageText.valueOf(page, field));
        }
        if (field.equals("password")) {
            assertEquals("", PageText.valueOf(page, "password"), "a password is never sent back");
            assertEquals(email, PageText.valueOf(page, "email"));
        }
        assertTrue(Employee.findByEmail(email).isEmpty(), "nothing stored");
        assertTrue(UserAccount.findByEmail(email).isEmpty(), "no login stored");
    }

    @Test
    void anEmailAlreadyUsedByAnEmployeeOrAnyAccountIsADuplicate() {
        Team team = TestData.team();
        Employee existing = TestData.employee(team);
        Browser hr = Browser.hr();

        String page = hr.submit("/hr/employees", Map.of("email", existing.email.toUpperCase(), "name", "Twin",
                "team", team.name)).then().statusCode(409).extract().asString();
        assertEquals("An employee with the email " + existing.email + " already exists (" + existing.name + ").",
                PageText.errorBy(page, "email"));
        assertEquals("Twin", PageText.valueOf(page, "name"));

        page = hr.submit("/hr/employees", Map.of("email", Browser.HR_EMAIL, "name", "Not HR", "team", team.name))
                .then().statusCode(409).extract().asString();
        assertEquals("The email " + Browser.HR_EMAIL + " is already used by another account.", PageText.errorBy(page, "email"));
        assertTrue(Employee.findByEmail(Browser.HR_EMAIL).isEmpty());
    }

    @Test
    void aDeactivatedTeamIsNotOfferedNorAcceptedButAPersonMayStayInIt() {
        Team team = TestData.team();
        Employee member = TestData.employee(team);
        QuarkusTransaction.requiringNew().run(() -> Team.update("active = false where id = ?1", team.id));
        Browser hr = Browser.hr();
        assertFalse(hr.get("/hr/employees/new").asString().contains(team.name));

        String email = TestData.unique("dee").toLowerCase() + "@test.example";
        String page = hr.submit("/hr/employees", Map.of("email", email, "name", "Dee", "team", team.name))
                .then().statusCode(400).extract().asString();
        assertEquals("The team “" + team.name + "” is deactivated; choose an active one.", PageText.errorBy(page, "team"));

        assertEquals(team.name, PageText.valueOf(hr.get("/hr/employees/" + member.id + "/edit").asString(), "team"));
        hr.submit("/hr/employees/" + member.id, Map.of("email", member.email, "name", "Renamed", "team", team.name))
                .then().statusCode(303);
        assertEquals("Renamed", Employee.<Employee>findById(member.id).name);
    }

    @Test
    void changingTheEmailKeepsTheLoginInStep() {
        Team team = TestData.team();
        Employee employee = TestData.employeeWithLogin(team);
        String newEmail = TestData.unique("moved").toLowerCase() + "@test.example";

        Browser.hr().submit("/hr/employees/" + employee.id, Map.of("email", newEmail, "name", employee.name,
                "team", team.name)).then().statusCode(303);

        Browser.signedIn(newEmail, TestData.EMPLOYEE_PASSWORD).get("/tiers").then().statusCode(200);
        Browser.anonymous().submit("/login", Map.of("email", employee.email, "password", TestData.EMPLOYEE_PASSWORD))
                .then().statusCode(401);
    }

    @Test
    void changingTheEmailOfAPersonWithALoginSignsThemOutAndTellsTheOldAddress() throws Exception {
        Team team = TestData.team();
        Employee employee = TestData.employeeWithLogin(team);
        Browser theirs = Browser.signedIn(employee.email, TestData.EMPLOYEE_PASSWORD);
        String newEmail = TestData.unique("moved").toLowerCase() + "@test.example";
        Browser hr = Browser.hr();

        hr.submit("/hr/employees/" + employee.id, Map.of("email", newEmail, "name", employee.name,
                "team", team.name)).then().statusCode(303);

        String flash = PageText.mainText(hr.get("/hr/employees").asString());
        assertTrue(flash.contains(employee.name + " saved. They were signed out, and their old address " + employee.email
                + " was told of the change."), flash);
        theirs.get("/tiers").then().statusCode(303).header("Location", containsString("/login"));
        MimeMessage mail = GreenMailServer.await(employee.email, 1).get(0);
        assertEquals("The sign-in email of your Twoway account was changed", mail.getSubject());
        String text = GreenMailServer.text(mail);
        assertTrue(text.contains("changed by HR, from this address to " + newEmail + "."), text);
        assertTrue(text.contains("If you did not expect this change, please contact HR."), text);
        assertTrue(GreenMailServer.to(newEmail).isEmpty(), "only the old address is told");
    }

    @Test
    void changingOnlyTheNameOfAPersonWithALoginKeepsThemSignedIn() {
        Team team = TestData.team();
        Employee employee = TestData.employeeWithLogin(team);
        Browser theirs = Browser.signedIn(employee.email, TestData.EMPLOYEE_PASSWORD);
        Browser hr = Browser.hr();

        hr.submit("/hr/employees/" + employee.id, Map.of("email", employee.email, "name", "Renamed",
                "team", team.name)).then().statusCode(303);

        String flash = PageText.mainText(hr.get("/hr/employees").asString());
        assertTrue(flash.contains("Renamed saved."), flash);
        assertFalse(flash.contains("signed out"), flash);
        theirs.get("/tiers").then().statusCode(200);
    }

    @Test
    void theEditPageOfAPersonWithALoginOffersNoPasswordAndSaysOnlyTheyCanChangeIt() {
        Employee employee = TestData.employeeWithLogin(TestData.team());

        String edit = Browser.hr().get("/hr/employees/" + employee.id + "/edit").then().statusCode(200).extract().asString();

        String text = PageText.mainText(edit);
        assertTrue(text.contains("This person has a login and signs in as " + employee.email), text);
        assertTrue(text.contains("Only they can change their password, on their own account page."), text);
        assertFalse(edit.contains("name=\"password\""), "no password field");
    }

    @Test
    void aPasswordPostedForAPersonWithALoginIsRefusedByItsFieldAndChangesNothing() {
        Team team = TestData.team();
        Employee employee = TestData.employeeWithLogin(team);
        Browser theirs = Browser.signedIn(employee.email, TestData.EMPLOYEE_PASSWORD);

        String page = Browser.hr().submit("/hr/employees/" + employee.id, Map.of("email", employee.email,
                "name", "Renamed", "team", team.name, "password", "hr-chosen-password")).then().statusCode(400)
                .extract().asString();

        assertEquals(employee.name + " has a login, so only they can change its password, on their own account page;"
                + " HR cannot set it.", PageText.errorBy(page, "password"));
        assertEquals("Renamed", PageText.valueOf(page, "name"), "the input is kept");
        assertEquals(employee.name, Employee.<Employee>findById(employee.id).name, "nothing changed");
        Browser.anonymous().submit("/login", Map.of("email", employee.email, "password", "hr-chosen-password"))
                .then().statusCode(401);
        theirs.get("/tiers").then().statusCode(200);
    }

    @Test
    void aLoginCanBeAddedWhenEditing() {
        Team team = TestData.team();
        Employee employee = TestData.employee(team);
        Browser hr = Browser.hr();
        assertTrue(PageText.mainText(hr.get("/hr/employees/" + employee.id + "/edit").asString())
                .contains("Give this person a login (optional)"));

        hr.submit("/hr/employees/" + employee.id, Map.of("email", employee.email, "name", employee.name,
                "team", team.name, "password", PASSWORD)).then().statusCode(303);

        Browser.signedIn(employee.email, PASSWORD).get("/tiers").then().statusCode(200);
    }

    @Test
    void deactivatingClosesTheLoginAndEndsItsSessionsAndReactivatingOpensIt() {
        Team team = TestData.team();
        Employee employee = TestData.employeeWithLogin(team);
        Browser theirs = Browser.signedIn(employee.email, TestData.EMPLOYEE_PASSWORD);
        Browser hr = Browser.hr();

        hr.submit("/hr/employees/" + employee.id + "/deactivate", Map.of()).then().statusCode(303);

        String list = hr.get("/hr/employees").asString();
        assertTrue(list.contains("Their login is closed and they were signed out; their history is kept."));
        assertTrue(rowOf(list, employee.email).contains("badge muted\">inactive"));
        theirs.get("/tiers").then().statusCode(303).header("Location", containsString("/login"));
        Browser.anonymous().submit("/login", Map.of("email", employee.email, "password", TestData.EMPLOYEE_PASSWORD))
                .then().statusCode(401);
        assertTrue(Employee.findByEmail(employee.email).isPresent(), "kept, not deleted");

        hr.submit("/hr/employees/" + employee.id + "/activate", Map.of()).then().statusCode(303);
        Browser.signedIn(employee.email, TestData.EMPLOYEE_PASSWORD).get("/tiers").then().statusCode(200);
    }

    static String typed(String value) {
        return switch (value) {
            case "255 characters" -> "e".repeat(64) + "@" + ("d".repeat(60) + ".").repeat(3) + "example";
            case "101 characters" -> "n".repeat(101);
            default -> value;
        };
    }

    static String rowOf(String html, String email) {
        int at = html.indexOf("<td>" + email + "</td>");
        assertTrue(at >= 0, email + " is listed");
        return html.substring(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at));
    }
}
