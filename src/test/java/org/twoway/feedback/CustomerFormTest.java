package org.twoway.feedback;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.twoway.Browser;
import org.twoway.TestData;
import org.twoway.customers.Customer;
import org.twoway.customers.ServiceTier;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.ReviewCycle;
import org.twoway.friction.BusinessProcess;
import org.twoway.people.Employee;
import org.twoway.people.Team;

@QuarkusTest
class CustomerFormTest {

    private final Team team = TestData.team();
    private final ServiceTier tier = TestData.tier(10);
    private final ReviewCycle cycle = TestData.cycle(CycleState.open);
    private final Customer customer = TestData.customer(tier);
    private final Employee employee = TestData.employee(team);

    @Test
    void formNamesTheCompanyTheEmployeeAndTheProcessWithoutStaffNavigation() {
        BusinessProcess process = TestData.process();
        String path = Fixtures.issue(cycle, customer, employee, process);

        Browser.anonymous().get(path).then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("<p class=\"company\">Twoway</p>"))
                .body(containsString("<h1>How did " + employee.name + " do?</h1>"))
                .body(containsString("This is about: " + process.name + "."))
                .body(containsString("<legend>How responsive was " + employee.name + "?</legend>"))
                .body(containsString("<legend>How easy is it to work with Twoway as a whole?</legend>"))
                .body(containsString("<legend>When something goes wrong, who do you contact first?</legend>"))
                .body(containsString("type=\"radio\" name=\"responsiveness\" value=\"5\""))
                .body(containsString("name=\"firstContact\" value=\"ESCALATE\""))
                .body(containsString("<p class=\"hint\" id=\"h-comment\">Optional, at most 2,000 characters. "
                        + employee.name + " and HR read your answers and your comment.</p>"))
                .body(containsString("name=\"comment\" rows=\"5\" maxlength=\"2000\" aria-describedby=\"h-comment\""))
                .body(containsString("name=\"csrf\" value=\""))
                .body(not(containsString("Sign out")))
                .body(not(containsString("/hr/")));
    }

    @Test
    void validAnswersAreStoredOnceAndTheLinkMarkedUsed() {
        BusinessProcess process = TestData.process();
        String path = Fixtures.issue(cycle, customer, employee, process);

        Fixtures.answer(Browser.anonymous(), path, Fixtures.answers()).then().statusCode(200)
                .body(containsString("<h1>Thank you!</h1>"))
                .body(containsString("Your answers about " + employee.name + " are saved."));

        FeedbackLink link = Fixtures.link(path);
        assertNotNull(link.usedAt);
        CustomerRating rating = rating(link);
        assertEquals(List.of(5, 4, 3, 2), List.of(rating.responsiveness, rating.solved, rating.promises, rating.company));
        assertEquals(FirstContactChoice.CHANNEL, rating.firstContact);
        assertEquals("Quick and friendly.", rating.comment);
        assertEquals(List.of(cycle.id, customer.id, employee.id, process.id),
                List.of(rating.cycle.id, rating.customer.id, rating.employee.id, rating.process.id));

        Browser.hr().get("/hr/cycles/" + cycle.id + "/links").then().statusCode(200)
                .body(containsString("<dt>Answered</dt><dd class=\"big\">1</dd>"))
                .body(containsString("<dt>Response rate</dt><dd class=\"big\">100 %</dd>"))
                .body(containsString("<span class=\"badge ok\">answered</span>"));
    }

    @Test
    void usedLinkAnswersGoneWithThankYouPage() {
        String path = Fixtures.issue(cycle, customer, employee, null);
        Browser customerBrowser = Browser.anonymous();
        Fixtures.answer(customerBrowser, path, Fixtures.answers()).then().statusCode(200);

        customerBrowser.get(path).then().statusCode(410)
                .body(containsString("<h1>Thank you, we already have your answers</h1>"))
                .body(not(containsString("name=\"responsiveness\"")));
        Map<String, Object> other = Fixtures.answers();
        other.put("responsiveness", "1");
        customerBrowser.submit(path, other).then().statusCode(410);
        assertEquals(5, rating(Fixtures.link(path)).responsiveness);
    }

    @ParameterizedTest(name = "{0} = ''{1}''")
    @CsvSource(nullValues = "MISSING", value = {
        "responsiveness, MISSING, Choose a number from 1 to 5.",
        "responsiveness, '', Choose a number from 1 to 5.",
        "responsiveness, 0, Choose a number from 1 to 5.",
        "solved, MISSING, Choose a number from 1 to 5.",
        "solved, 6, Choose a number from 1 to 5.",
        "promises, MISSING, Choose a number from 1 to 5.",
        "promises, abc, Choose a number from 1 to 5.",
        "company, MISSING, Choose a number from 1 to 5.",
        "company, 3.5, Choose a number from 1 to 5.",
        "company, 55, Choose a number from 1 to 5.",
        "firstContact, MISSING, Choose one of the answers.",
        "firstContact, BOSS, Choose one of the answers.",
        "firstContact, person, Choose one of the answers.",
    })
    void invalidAnswerComesBackWithAMessageByTheFieldAndTheOtherAnswersKept(String field, String value, String message) {
        String path = Fixtures.issue(cycle, customer, employee, null);
        Map<String, Object> answers = Fixtures.answers();
        answers.remove(field);
        if (value != null) {
            answers.put(field, value);
        }

        String page = Fixtures.answer(Browser.anonymous(), path, answers).then().statusCode(400)
                .body(containsString("Please answer the questions marked below."))
                .body(containsString("<p class=\"error\" id=\"e-" + field + "\">" + message + "</p>"))
                .body(containsString("Quick and friendly."))
                .extract().asString();
        for (String kept : List.of("responsiveness", "solved", "promises", "company")) {
            if (!kept.equals(field)) {
                assertTrue(page.contains("name=\"" + kept + "\" value=\"" + answers.get(kept) + "\" checked"), kept + " kept");
            }
        }
        if (!field.equals("firstContact")) {
            assertTrue(page.contains("value=\"CHANNEL\" checked"));
        }
        assertEquals(1, page.split("class=\"error\" id=").length - 1, "one message, by the wrong field");
        assertNull(Fixtures.link(path).usedAt);
    }

    @Test
    void commentLongerThan2000CharactersIsRefusedWithItsLength() {
        String path = Fixtures.issue(cycle, customer, employee, null);
        Map<String, Object> answers = Fixtures.answers();
        answers.put("comment", "a".repeat(2001));

        Fixtures.answer(Browser.anonymous(), path, answers).then().statusCode(400)
                .body(containsString("Please shorten your comment to 2,000 characters; it has 2001."))
                .body(containsString("a".repeat(2001) + "</textarea>"));
        assertNull(Fixtures.link(path).usedAt);
    }

    @Test
    void commentOf2000CharactersInAnyScriptIsStoredAsTyped() {
        String path = Fixtures.issue(cycle, customer, employee, null);
        String typed = "Ünïcödé 日本語 עברית 😀\nzweite Zeile ";
        String comment = typed + "😀".repeat(2000 - typed.codePointCount(0, typed.length()));
        Map<String, Object> answers = Fixtures.answers();
        answers.put("comment", comment.replace("\n", "\r\n"));

        Fixtures.answer(Browser.anonymous(), path, answers).then().statusCode(200);
        assertEquals(comment, rating(Fixtures.link(path)).comment);
    }

    @Test
    void markupInACommentIsStoredAsTypedAndShownEscaped() {
        String path = Fixtures.issue(cycle, customer, employee, null);
        String comment = "<script>alert('x')</script> & \"quoted\"";
        Map<String, Object> answers = Fixtures.answers();
        answers.put("comment", comment);
        answers.remove("solved");

        Fixtures.answer(Browser.anonymous(), path, answers).then().statusCode(400)
                .body(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;"))
                .body(not(containsString("<script>")));
        answers.put("solved", "4");
        Browser browser = Browser.anonymous();
        Fixtures.answer(browser, path, answers).then().statusCode(200);
        assertEquals(comment, rating(Fixtures.link(path)).comment);
    }

    @Test
    void unknownRevokedAndExpiredLinksShowOneAndTheSameNotFoundPage() {
        String revoked = Fixtures.issue(cycle, customer, employee, null);
        Browser.hr().submit("/hr/cycles/" + cycle.id + "/links/" + Fixtures.link(revoked).id + "/revoke", Map.of())
                .then().statusCode(303);
        ReviewCycle closing = TestData.cycle(CycleState.open);
        String expired = Fixtures.issue(closing, customer, employee, null);
        Fixtures.setCycleState(closing, "closed");
        ReviewCycle reopened = TestData.cycle(CycleState.open);
        String notYetOpen = Fixtures.issue(reopened, customer, employee, null);
        Fixtures.setCycleState(reopened, "draft");
        String unknown = "/f/" + org.twoway.system.Tokens.random();

        String reference = null;
        for (String path : List.of(unknown, "/f/not-a-token", "/f/%3Cscript%3E", revoked, expired, notYetOpen)) {
            Response response = Browser.anonymous().get(path);
            response.then().statusCode(404)
                    .body(containsString("<h1>This feedback link does not work</h1>"))
                    .body(containsString("please contact Twoway."));
            String main = main(response.asString());
            if (reference == null) {
                reference = main;
            }
            assertEquals(reference, main, "nothing tells " + path + " apart");
        }
        Fixtures.answer(Browser.anonymous(), expired, Fixtures.answers()).then().statusCode(404);
        assertNull(Fixtures.link(expired).usedAt);
    }

    @Test
    void feedbackPagesAreNeverCachedNorReferredAndLoadNothingFromElsewhere() {
        String path = Fixtures.issue(cycle, customer, employee, null);
        Browser browser = Browser.anonymous();
        Map<String, Object> incomplete = Fixtures.answers();
        incomplete.remove("company");
        List<Response> responses = List.of(browser.get(path), Fixtures.answer(browser, path, incomplete),
                Fixtures.answer(browser, path, Fixtures.answers()), browser.get(path), browser.get("/f/" + "x".repeat(43)));

        assertEquals(List.of(200, 400, 200, 410, 404), responses.stream().map(Response::statusCode).toList());
        for (Response response : responses) {
            response.then()
                    .header("Referrer-Policy", equalTo("no-referrer"))
                    .header("Cache-Control", equalTo("no-store"))
                    .header("Content-Security-Policy", containsString("default-src 'none'"))
                    .body(not(containsString("http://")))
                    .body(not(containsString("https://")));
        }
    }

    @Test
    void germanPageFollowsTheBrowserAndTheSwitchOverridesIt() {
        String path = Fixtures.issue(cycle, customer, employee, null);

        Browser.anonymous().request().header("Accept-Language", "de-CH, de;q=0.9, en;q=0.5").get(path).then().statusCode(200)
                .header("Content-Language", "de")
                .body(containsString("<html lang=\"de\">"))
                .body(containsString("<h1>Wie hat " + employee.name + " Sie betreut?</h1>"))
                .body(containsString("<legend>Wie schnell hat " + employee.name + " reagiert?</legend>"))
                .body(containsString("<p class=\"hint\" id=\"h-comment\">Freiwillig, höchstens 2.000 Zeichen. "
                        + employee.name + " und die Personalabteilung lesen Ihre Antworten und Ihren Kommentar.</p>"))
                .body(containsString("Antworten senden"))
                .body(containsString("action=\"" + path + "\""));
        Browser.anonymous().request().header("Accept-Language", "de").get(path + "?lang=en").then()
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("How did " + employee.name + " do?"));
        Browser.anonymous().request().header("Accept-Language", "fr, en;q=0.1").get(path).then()
                .body(containsString("<html lang=\"en\">"));

        Browser german = Browser.anonymous();
        german.request().header("Accept-Language", "en").get(path + "?lang=de").then()
                .body(containsString("<html lang=\"de\">"))
                .body(containsString("action=\"" + path + "?lang=de\""))
                .body(containsString("<a href=\"?lang=en\" hreflang=\"en\" lang=\"en\">English</a>"));
        Map<String, Object> answers = Fixtures.answers();
        answers.remove("promises");
        german.submit(path + "?lang=de", answers).then().statusCode(400)
                .body(containsString("Bitte wählen Sie eine Zahl von 1 bis 5."));
        answers.put("promises", "5");
        german.submit(path + "?lang=de", answers).then().statusCode(200)
                .body(containsString("Vielen Dank!"));
        german.request().get(path + "?lang=de").then().statusCode(410)
                .body(containsString("Vielen Dank, Ihre Antworten liegen uns bereits vor"));
        german.request().get("/f/" + org.twoway.system.Tokens.random() + "?lang=de").then().statusCode(404)
                .body(containsString("Dieser Feedback-Link funktioniert nicht"));
    }

    @Test
    void formWithoutItsAntiForgeryFieldIsRefusedWithAnExplanationAndStoresNothing() {
        String path = Fixtures.issue(cycle, customer, employee, null);
        Browser browser = Browser.anonymous();
        browser.get(path);

        browser.submitWithoutToken(path, Fixtures.answers()).then().statusCode(400)
                .header("Cache-Control", "no-store")
                .body(containsString("<h1>Your answers were not sent yet</h1>"))
                .body(containsString("href=\"" + path + "\""));
        assertNull(Fixtures.link(path).usedAt);
    }

    @Test
    void theDatabaseRefusesASecondRatingForTheSameLink() {
        String path = Fixtures.issue(cycle, customer, employee, null);
        Fixtures.answer(Browser.anonymous(), path, Fixtures.answers()).then().statusCode(200);
        long linkId = Fixtures.link(path).id;

        Exception refused = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () ->
                QuarkusTransaction.requiringNew().run(() -> CustomerRating.getEntityManager().createNativeQuery(
                        "INSERT INTO customer_rating (link_id, cycle_id, customer_id, employee_id, responsiveness, solved,"
                                + " promises, company, first_contact) SELECT id, cycle_id, customer_id, employee_id, 1, 1, 1, 1,"
                                + " 'PERSON' FROM feedback_link WHERE id = ?1")
                        .setParameter(1, linkId).executeUpdate()));
        assertTrue(rootMessage(refused).contains("uk_customer_rating_link"), rootMessage(refused));
    }

    static CustomerRating rating(FeedbackLink link) {
        return QuarkusTransaction.requiringNew().call(() -> {
            CustomerRating rating = CustomerRating.<CustomerRating>find("from CustomerRating r join fetch r.cycle"
                    + " join fetch r.customer join fetch r.employee left join fetch r.process where r.link.id = ?1", link.id)
                    .singleResult();
            return rating;
        });
    }

    private static String main(String html) {
        return html.substring(html.indexOf("<main"), html.indexOf("</main>"));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
