package org.twoway;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;

/**
 * A person's browser for page tests: it keeps its cookies (login and anti-forgery) between requests
 * and sends the anti-forgery field with every form, as the pages' hidden input would.
 */
public class Browser {

    public static final String HR_EMAIL = "hr@test.example";
    public static final String HR_PASSWORD = "test-hr-password";

    private final Map<String, String> cookies = new HashMap<>();

    public static Browser anonymous() {
        return new Browser();
    }

    public static Browser hr() {
        return signedIn(HR_EMAIL, HR_PASSWORD);
    }

    public static Browser signedIn(String email, String password) {
        Browser browser = new Browser();
        Response response = browser.submit("/login", Map.of("email", email, "password", password));
        if (response.statusCode() != 303) {
            throw new AssertionError("Sign-in as " + email + " failed with " + response.statusCode());
        }
        return browser;
    }

    public Response get(String path) {
        return keep(request().get(path));
    }

    /** Posts a form with its anti-forgery field, as a browser submitting the page's form would. */
    public Response submit(String path, Map<String, ?> fields) {
        if (!cookies.containsKey("twoway_csrf")) {
            get("/login");
        }
        Map<String, Object> form = new HashMap<>(fields);
        form.put("csrf", cookies.get("twoway_csrf"));
        return keep(request().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(form).post(path));
    }

    /** Posts a form without its anti-forgery field, as a forged cross-site form would. */
    public Response submitWithoutToken(String path, Map<String, ?> fields) {
        return keep(request().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(fields).post(path));
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }

    private Response keep(Response response) {
        response.getDetailedCookies().asList().forEach(c -> {
            if (c.getMaxAge() == 0) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
            }
        });
        return response;
    }
}
