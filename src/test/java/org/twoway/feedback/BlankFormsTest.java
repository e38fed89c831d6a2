package org.twoway.feedback;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.twoway.TestData;
import org.twoway.customers.Customer;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.ReviewCycle;
import org.twoway.friction.BusinessProcess;
import org.twoway.people.Employee;
import org.twoway.people.Team;

/**
 * The blank form served from its kept pieces is, character for character, the page Qute renders, for every
 * shape of page and for names that need escaping; the second name of each shape is joined into pieces kept
 * from the first.
 */
@QuarkusTest
class BlankFormsTest {

    private final Team team = TestData.team();
    private final ReviewCycle cycle = TestData.cycle(CycleState.open);
    private final Customer customer = TestData.customer(TestData.tier(10));

    @ParameterizedTest
    @CsvSource({
            "'', en, true",
            "'', de, false",
            "?lang=de, en, true",
            "?lang=en, de, false",
            "?lang=de, de, true"})
    void servedFormIsThePageQuteRenders(String query, String browserLanguage, boolean withProcess) {
        for (String name : List.of("O'Brien & <Söhne> \"Ltd\"", "Zoë {employee} Ünal")) {
            Employee employee = named(TestData.employee(team), name);
            BusinessProcess process = withProcess ? processNamed("Refunds & <returns> 'fast'") : null;
            String path = Fixtures.issue(cycle, customer, employee, process);

            Response served = given().header("Accept-Language", browserLanguage).get(path + query);
            String csrf = served.cookie("twoway_csrf");
            String token = path.substring("/f/".length());
            Visitor visitor = Visitor.of(query.isEmpty() ? null : query.substring("?lang=".length()),
                    List.of(Locale.forLanguageTag(browserLanguage)), "Twoway");

            assertEquals(200, served.statusCode());
            assertEquals(rendered(visitor, new FeedbackPage.Questionnaire(token, name, withProcess ? process.name : null,
                    SubmittedAnswers.none(), Set.of(), csrf, false)), served.body().asString());
        }
    }

    private static String rendered(Visitor visitor, FeedbackPage.Questionnaire questionnaire) {
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            return FeedbackPage.Templates.form(visitor, questionnaire).setLocale(visitor.locale()).render();
        } finally {
            request.terminate();
        }
    }

    private static Employee named(Employee employee, String name) {
        QuarkusTransaction.requiringNew().run(() -> Employee.getEntityManager()
                .createNativeQuery("UPDATE employee SET name = ?1 WHERE id = ?2")
                .setParameter(1, name).setParameter(2, employee.id).executeUpdate());
        employee.name = name;
        return employee;
    }

    private static BusinessProcess processNamed(String name) {
        BusinessProcess process = TestData.process();
        QuarkusTransaction.requiringNew().run(() -> BusinessProcess.getEntityManager()
                .createNativeQuery("UPDATE business_process SET name = ?1 WHERE id = ?2")
                .setParameter(1, TestData.unique(name)).setParameter(2, process.id).executeUpdate());
        process.name = QuarkusTransaction.requiringNew().call(() -> BusinessProcess.<BusinessProcess>findById(process.id).name);
        return process;
    }
}
