package org.twoway.security;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.twoway.Browser;

/** Sends a route's request as a browser (forms with their anti-forgery field, unless told otherwise) or an API client. */
final class Requests {

    static final String MULTIPART = "/hr/cycles/{cycle}/effort/import";

    private Requests() {
    }

    /** A GET, or a form posted with the given fields (none when null) and its anti-forgery field. */
    static Response send(Browser browser, Routes.Route route, String path, Map<String, ?> fields) {
        if (route.method().equals("GET")) {
            return browser.get(path);
        }
        if (route.template().equals(MULTIPART)) {
            if (browser.cookie("twoway_csrf") == null) {
                browser.get("/login");
            }
            return browser.request().multiPart("csrf", browser.cookie("twoway_csrf"))
                    .multiPart("file", "effort.csv", "employee,customer,hours\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                    .post(path);
        }
        return browser.submit(path, fields == null ? Map.of() : fields);
    }

    /** Signed in with HTTP Basic, or not at all when email is null. */
    static Response api(Routes.Route route, String path, String email, String password) {
        var request = email == null ? given().redirects().follow(false)
                : given().redirects().follow(false).auth().preemptive().basic(email, password);
        if (route.method().equals("GET")) {
            return request.get(path);
        }
        return request.contentType("application/json").body("{}").post(path);
    }
}
