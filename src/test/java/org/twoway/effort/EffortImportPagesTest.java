package org.twoway.effort;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.twoway.Browser;
import org.twoway.TestData;
import org.twoway.customers.Customer;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.ReviewCycle;
import org.twoway.people.Employee;
import org.twoway.people.UserAccount;
import org.twoway.system.Role;

@QuarkusTest
class EffortImportPagesTest {

    private final Employee ana = TestData.employee(TestData.team());
    private final Employee ben = TestData.employee(TestData.team());
    private final Customer acme = TestData.customer(TestData.tier(20));
    private final Customer globex = TestData.customer(TestData.tier(40));
    private final ReviewCycle cycle = TestData.cycle(CycleState.open);
    private final String importPath = "/hr/cycles/" + cycle.id + "/effort/import";

    @Test
    void goodFileIsPreviewedThenImportedWholeWithProgressAndOnlyOnce() throws InterruptedException {
        Browser hr = Browser.hr();
        hr.get(importPath).then().statusCode(200).body(containsString("<h1>Import effort into " + cycle.name + "</h1>"))
                .body(containsString("enctype=\"multipart/form-data\""));
        String csv = "employee_email;customer_ref;hours\n" + ana.email + ";" + acme.ref + ";12,5\n"
                + ben.email + ";" + globex.ref + ";3\n" + ana.email + ";" + globex.ref + ";0,25\n";
        String preview = upload(hr, csv, true).then().statusCode(200)
                .body(containsString("<div class=\"big\">3</div>valid rows"))
                .body(containsString("<div class=\"big\">15.75</div>hours in valid rows"))
                .body(containsString(ben.email))
                .body(containsString("Import 3 rows"))
                .extract().asString();
        assertEquals(0, EffortData.inCycle(cycle).size(), "a preview imports nothing");

        String confirm = confirmPath(preview);
        Response started = hr.submit(confirm, Map.of());
        assertEquals(303, started.statusCode());
        String job = started.header("Location");
        assertTrue(job.contains(importPath + "/jobs/"), job);

        String done = waitForImport(hr, job);
        assertTrue(done.contains("Imported 3 rows (15.75 hours)"), done);
        assertTrue(!done.contains("http-equiv=\"refresh\""), "a finished import stops refreshing");
        assertEquals(3, EffortData.inCycle(cycle).size());
        assertTrue(EffortData.inCycle(cycle).stream().allMatch(e -> EffortEntry.IMPORT.equals(e.source)));
        assertEquals(0, new BigDecimal("15.75").compareTo(EffortData.total(cycle)));

        hr.submit(confirm, Map.of()).then().statusCode(409).body(containsString("expired or was already imported"));
        assertEquals(3, EffortData.inCycle(cycle).size());
    }

    @Test
    void fileWithBadRowsListsEveryOneAndImportsNothing() {
        String csv = "employee_email,customer_ref,hours\n" + ana.email + "," + acme.ref + ",1\n"
                + "nobody@test.example," + acme.ref + ",1\n"
                + ana.email + ",NO-SUCH-CUSTOMER,1\n"
                + ana.email + "," + acme.ref + ",many\n"
                + ana.email + "," + acme.ref + ",0\n"
                + ana.email + "," + acme.ref + ",745\n";
        upload(Browser.hr(), csv, true).then().statusCode(400)
                .body(containsString("The file has 5 bad rows. Nothing was imported"))
                .body(containsString("<td class=\"num\">3</td><td>unknown employee “nobody@test.example”</td>"))
                .body(containsString("<td class=\"num\">4</td><td>unknown customer “NO-SUCH-CUSTOMER”</td>"))
                .body(containsString("<td class=\"num\">5</td><td>hours “many” are not a number</td>"))
                .body(containsString("<td class=\"num\">6</td><td>hours 0 are outside 0 &lt; h &lt;= 744</td>"))
                .body(containsString("<td class=\"num\">7</td><td>hours 745 are outside 0 &lt; h &lt;= 744</td>"))
                .body(not(containsString("/effort/import/" + "\" ")))
                .body(not(containsString("Import 1 rows")));
        upload(Browser.hr(), "name,hours\nx,1\n", true).then().statusCode(400)
                .body(containsString("The first line must be the header employee_email,customer_ref,hours"));
        assertEquals(0, EffortData.inCycle(cycle).size());
    }

    @Test
    void uploadWithoutTheAntiForgeryFieldIsRefused() {
        String csv = "employee_email,customer_ref,hours\n" + ana.email + "," + acme.ref + ",1\n";
        upload(Browser.hr(), csv, false).then().statusCode(400).body(not(containsString("valid rows")));
        assertEquals(0, EffortData.inCycle(cycle).size());
    }

    @Test
    void previewBelongsToWhoeverUploadedIt() {
        String csv = "employee_email,customer_ref,hours\n" + ana.email + "," + acme.ref + ",1\n";
        String preview = upload(Browser.hr(), csv, true).then().statusCode(200).extract().asString();
        String otherHr = TestData.unique("hr").toLowerCase() + "@test.example";
        QuarkusTransaction.requiringNew().run(() -> UserAccount.create(otherHr, "other-hr-password", Role.HR, null));
        Browser.signedIn(otherHr, "other-hr-password").submit(confirmPath(preview), Map.of()).then().statusCode(409);
        assertEquals(0, EffortData.inCycle(cycle).size());
    }

    @Test
    void closedCycleTakesNoImportAndEmployeesCannotImport() {
        ReviewCycle closed = TestData.cycle(CycleState.closed);
        Browser.hr().get("/hr/cycles/" + closed.id + "/effort/import").then().statusCode(409)
                .body(containsString("is closed: its effort is frozen"));
        Employee employee = TestData.employeeWithLogin(TestData.team());
        Browser.signedIn(employee.email, TestData.EMPLOYEE_PASSWORD).get(importPath).then().statusCode(403);
    }

    @Test
    void filesLargerThanOneBatchImportCompletely() throws InterruptedException {
        StringBuilder csv = new StringBuilder("employee_email,customer_ref,hours\n");
        int rows = EffortInserter.BATCH + 1234;
        for (int i = 0; i < rows; i++) {
            csv.append(i % 2 == 0 ? ana.email : ben.email).append(',').append(i % 3 == 0 ? acme.ref : globex.ref).append(",0.5\n");
        }
        Browser hr = Browser.hr();
        String preview = upload(hr, csv.toString(), true).then().statusCode(200).extract().asString();
        String done = waitForImport(hr, hr.submit(confirmPath(preview), Map.of()).header("Location"));
        assertTrue(done.contains("Imported " + rows + " rows"), done);
        assertEquals(rows, EffortData.inCycle(cycle).size());
    }

    @Test
    void checkedRowsWaitInTheDatabaseCompressedForAnyNodeToConfirm() {
        EffortRows rows = new EffortRows();
        for (int i = 0; i < 100_000; i++) {
            rows.add(i % 2 == 0 ? ana.id : ben.id, i % 3 == 0 ? acme.id : globex.id, new BigDecimal(i % 7 + ".25"));
        }
        String id = new PendingImports(EffortEntry.getEntityManager()).keep("node-test@example.com", cycle.id, rows);

        byte[] stored = QuarkusTransaction.requiringNew().call(() -> (byte[]) EffortEntry.getEntityManager()
                .createNativeQuery("SELECT checked_rows FROM effort_import_upload WHERE cycle_id = ?1")
                .setParameter(1, cycle.id).getSingleResult());
        assertTrue(stored.length < 1_000_000, "100,000 rows take " + stored.length + " bytes");

        PendingImports otherNode = new PendingImports(EffortEntry.getEntityManager());
        EffortRows taken = otherNode.take(id, "node-test@example.com", cycle.id).orElseThrow();
        assertEquals(rows.size(), taken.size());
        assertEquals(0, rows.totalHours().compareTo(taken.totalHours()));
        assertEquals(ben.id, taken.employee(99_999));
        assertEquals(acme.id, taken.customer(99_999));
        assertEquals(new BigDecimal("4.25"), taken.hours(99_999));
        assertTrue(otherNode.take(id, "node-test@example.com", cycle.id).isEmpty(), "taken once");
    }

    @Test
    void expiredPreviewIsRefused() {
        Browser hr = Browser.hr();
        String preview = upload(hr, "employee_email,customer_ref,hours\n" + ana.email + "," + acme.ref + ",2\n", true)
                .then().statusCode(200).extract().asString();
        QuarkusTransaction.requiringNew().run(() -> EffortEntry.getEntityManager()
                .createNativeQuery("UPDATE effort_import_upload SET expires_at = NOW(3) WHERE cycle_id = ?1")
                .setParameter(1, cycle.id).executeUpdate());

        hr.submit(confirmPath(preview), Map.of()).then().statusCode(409)
                .body(containsString("This preview has expired or was already imported."));
        assertEquals(0, EffortData.inCycle(cycle).size());
    }

    @Test
    void progressIsReadFromTheDatabaseAndAStalledImportShowsAsStopped() throws InterruptedException {
        Browser hr = Browser.hr();
        String preview = upload(hr, "employee_email,customer_ref,hours\n" + ana.email + "," + acme.ref + ",2\n", true)
                .then().statusCode(200).extract().asString();
        String job = hr.submit(confirmPath(preview), Map.of()).header("Location");
        waitForImport(hr, job);
        String id = job.substring(job.lastIndexOf('/') + 1);
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) EffortEntry.getEntityManager()
                .createNativeQuery("SELECT state, written, total FROM effort_import_job WHERE id = ?1")
                .setParameter(1, id).getSingleResult());
        assertEquals("DONE", row[0]);
        assertEquals(1, ((Number) row[1]).intValue());

        QuarkusTransaction.requiringNew().run(() -> EffortEntry.getEntityManager()
                .createNativeQuery("UPDATE effort_import_job SET state = 'RUNNING', finished_at = NULL,"
                        + " updated_at = NOW(3) - INTERVAL 16 MINUTE WHERE id = ?1")
                .setParameter(1, id).executeUpdate());
        hr.get(job).then().statusCode(200)
                .body(containsString("The import stopped before it finished"))
                .body(containsString("Nothing was imported."))
                .body(not(containsString("http-equiv=\"refresh\"")));
    }

    private Response upload(Browser browser, String csv, boolean withToken) {
        browser.get(importPath);
        var request = browser.request()
                .multiPart("file", "effort.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv");
        if (withToken) {
            request = request.multiPart("csrf", browser.cookie("twoway_csrf"));
        }
        return request.post(importPath);
    }

    private String confirmPath(String preview) {
        Matcher m = Pattern.compile("action=\"(" + Pattern.quote(importPath) + "/[A-Za-z0-9_-]{43})\"").matcher(preview);
        assertTrue(m.find(), preview);
        return m.group(1);
    }

    private static String waitForImport(Browser browser, String job) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            String page = browser.get(job).then().statusCode(200).extract().asString();
            if (!page.contains("http-equiv=\"refresh\"")) {
                return page;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not finish in 10 seconds");
    }
}
