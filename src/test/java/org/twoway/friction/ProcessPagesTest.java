package org.twoway.friction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.twoway.Browser;
import org.twoway.PageText;
import org.twoway.TestData;

@QuarkusTest
class ProcessPagesTest {

    @Test
    void addedProcessShowsInTheListWithItsDescription() {
        Browser hr = Browser.hr();
        String name = TestData.unique("Refunds");
        hr.submit("/hr/processes", Map.of("name", name, "description", "Money back <within> 14 days"))
                .then().statusCode(303);
        String list = hr.get("/hr/processes").then().statusCode(200).extract().asString();
        assertTrue(list.contains("Process “" + name + "” saved."));
        assertTrue(list.contains("Money back &lt;within&gt; 14 days"), "escaped, not raw HTML");
        assertEquals("Money back <within> 14 days", BusinessProcess.findByName(name).orElseThrow().description);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "name|''|Enter the process's name.",
            "name|101 characters|Keep the name to 100 characters.",
            "description|2001 characters|Keep the description to 2000 characters.",
    })
    void eachInvalidInputIsShownByItsFieldKeptAndNothingIsStored(String field, String value, String message) {
        Map<String, String> form = new HashMap<>(Map.of("name", TestData.unique("Process"), "description", ""));
        form.put(field, value.equals("101 characters") ? "n".repeat(101) : value.equals("2001 characters") ? "d".repeat(2001) : value);

        String page = Browser.hr().submit("/hr/processes", form).then().statusCode(400).extract().asString();

        assertEquals(message, PageText.errorBy(page, field));
        assertEquals(form.get(field), PageText.valueOf(page, field));
        assertTrue(BusinessProcess.findByName(form.get("name")).isEmpty(), "nothing stored");
    }

    @Test
    void duplicateNameIsRefusedByTheNameField() {
        BusinessProcess existing = TestData.process();
        String page = Browser.hr().submit("/hr/processes", Map.of("name", existing.name, "description", "again"))
                .then().statusCode(409).extract().asString();
        assertEquals("A process named “" + existing.name + "” already exists.", PageText.errorBy(page, "name"));
        assertEquals("again", PageText.valueOf(page, "description"));
    }

    @Test
    void editingRenamesAndDeactivatingKeepsTheProcessListedAsInactive() {
        BusinessProcess process = TestData.process();
        Browser hr = Browser.hr();
        assertEquals(process.name, PageText.valueOf(hr.get("/hr/processes/" + process.id + "/edit").asString(), "name"));

        String renamed = TestData.unique("Onboarding");
        hr.submit("/hr/processes/" + process.id, Map.of("name", renamed, "description", "First weeks"))
                .then().statusCode(303);
        hr.submit("/hr/processes/" + process.id + "/deactivate", Map.of()).then().statusCode(303);
        String list = hr.get("/hr/processes").asString();
        String row = list.substring(list.indexOf("<td>" + renamed + "</td>"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertTrue(row.contains("inactive"), row);
        assertTrue(row.contains("First weeks"), row);

        hr.submit("/hr/processes/" + process.id + "/activate", Map.of()).then().statusCode(303);
        assertTrue(BusinessProcess.<BusinessProcess>findById(process.id).active);
    }
}
