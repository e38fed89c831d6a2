package org.twoway.security;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Every route of the app, with who may use it and, for a page, what it answers them. The placeholders are
 * filled by {@link World#path}. {@link #declared()} reads the routes the JAX-RS resources declare, so that a
 * route added without a line here fails {@code AccessMatrixTest}.
 */
final class Routes {

    enum Access {
        /** Anyone, signed in or not. */
        PUBLIC,
        /** Any signed-in person. */
        SIGNED_IN,
        HR,
        EMPLOYEE
    }

    /** {@code ok} is what a GET answers a person allowed; 0 for a POST, whose answer depends on its input. */
    record Route(String method, String template, Access access, int ok) {

        boolean api() {
            return template.startsWith("/api/");
        }

        boolean form() {
            return method.equals("POST") && !api();
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    static final List<Route> ALL = List.of(
            new Route("GET", "/", Access.PUBLIC, 303),
            new Route("GET", "/login", Access.PUBLIC, 200),
            new Route("POST", "/login", Access.PUBLIC, 0),
            new Route("POST", "/logout", Access.PUBLIC, 0),
            new Route("GET", "/f/{token}", Access.PUBLIC, 200),
            new Route("POST", "/f/{token}", Access.PUBLIC, 0),

            new Route("GET", "/account", Access.SIGNED_IN, 200),
            new Route("POST", "/account/password", Access.SIGNED_IN, 0),
            new Route("GET", "/tiers", Access.SIGNED_IN, 200),
            new Route("GET", "/direct-contacts/new", Access.SIGNED_IN, 200),
            new Route("POST", "/direct-contacts", Access.SIGNED_IN, 0),
            // The world's follow-up is "me"'s own, so both an employee (its owner) and HR read it.
            new Route("GET", "/follow-ups/{followUp}", Access.SIGNED_IN, 200),
            new Route("POST", "/follow-ups/{followUp}/contact", Access.SIGNED_IN, 0),
            new Route("POST", "/follow-ups/{followUp}/close", Access.SIGNED_IN, 0),
            new Route("POST", "/follow-ups/{followUp}/support", Access.SIGNED_IN, 0),
            new Route("POST", "/follow-ups/{followUp}/owner", Access.HR, 0),
            // The world's special situation is "me"'s promise, so both its promiser and HR read it.
            new Route("GET", "/special-situations/new", Access.SIGNED_IN, 200),
            new Route("POST", "/special-situations", Access.SIGNED_IN, 0),
            new Route("GET", "/special-situations/{situation}", Access.SIGNED_IN, 200),
            new Route("POST", "/special-situations/{situation}/decision", Access.HR, 0),

            new Route("GET", "/me", Access.EMPLOYEE, 200),
            new Route("GET", "/me/effort/new", Access.EMPLOYEE, 200),
            new Route("POST", "/me/effort", Access.EMPLOYEE, 0),
            new Route("GET", "/me/effort/{entry}/edit", Access.EMPLOYEE, 200),
            new Route("POST", "/me/effort/{entry}", Access.EMPLOYEE, 0),
            new Route("POST", "/me/effort/{entry}/delete", Access.EMPLOYEE, 0),
            new Route("GET", "/me/cycles/{cycle}/pain-reports/{process}", Access.EMPLOYEE, 200),
            new Route("POST", "/me/cycles/{cycle}/pain-reports/{process}", Access.EMPLOYEE, 0),
            new Route("GET", "/me/scorecards", Access.EMPLOYEE, 200),
            // Scorecards are for closed cycles only; {cycle} is open.
            new Route("GET", "/me/scorecards/{cycle}", Access.EMPLOYEE, 404),

            new Route("GET", "/hr/audit", Access.HR, 200),
            new Route("GET", "/hr/teams", Access.HR, 200),
            new Route("GET", "/hr/teams/new", Access.HR, 200),
            new Route("POST", "/hr/teams", Access.HR, 0),
            new Route("GET", "/hr/teams/{team}/edit", Access.HR, 200),
            new Route("POST", "/hr/teams/{victimTeam}", Access.HR, 0),
            new Route("POST", "/hr/teams/{victimTeam}/deactivate", Access.HR, 0),
            new Route("POST", "/hr/teams/{victimTeam}/activate", Access.HR, 0),
            new Route("GET", "/hr/employees", Access.HR, 200),
            new Route("GET", "/hr/employees/new", Access.HR, 200),
            new Route("POST", "/hr/employees", Access.HR, 0),
            new Route("GET", "/hr/employees/{employee}/edit", Access.HR, 200),
            new Route("POST", "/hr/employees/{employee}", Access.HR, 0),
            new Route("POST", "/hr/employees/{employee}/deactivate", Access.HR, 0),
            new Route("POST", "/hr/employees/{employee}/activate", Access.HR, 0),
            new Route("GET", "/hr/tiers", Access.HR, 200),
            new Route("GET", "/hr/tiers/new", Access.HR, 200),
            new Route("POST", "/hr/tiers", Access.HR, 0),
            new Route("GET", "/hr/tiers/{tier}/edit", Access.HR, 200),
            new Route("POST", "/hr/tiers/{tier}", Access.HR, 0),
            new Route("POST", "/hr/tiers/{tier}/deactivate", Access.HR, 0),
            new Route("POST", "/hr/tiers/{tier}/activate", Access.HR, 0),
            new Route("GET", "/hr/customers", Access.HR, 200),
            new Route("GET", "/hr/customers/new", Access.HR, 200),
            new Route("POST", "/hr/customers", Access.HR, 0),
            new Route("GET", "/hr/customers/{customer}", Access.HR, 200),
            new Route("GET", "/hr/customers/{customer}/edit", Access.HR, 200),
            new Route("POST", "/hr/customers/{victimCustomer}", Access.HR, 0),
            new Route("POST", "/hr/customers/{victimCustomer}/deactivate", Access.HR, 0),
            new Route("POST", "/hr/customers/{victimCustomer}/activate", Access.HR, 0),
            new Route("GET", "/hr/processes", Access.HR, 200),
            new Route("GET", "/hr/processes/new", Access.HR, 200),
            new Route("POST", "/hr/processes", Access.HR, 0),
            new Route("GET", "/hr/processes/{process}/edit", Access.HR, 200),
            new Route("POST", "/hr/processes/{victimProcess}", Access.HR, 0),
            new Route("POST", "/hr/processes/{victimProcess}/deactivate", Access.HR, 0),
            new Route("POST", "/hr/processes/{victimProcess}/activate", Access.HR, 0),
            new Route("GET", "/hr/cycles", Access.HR, 200),
            new Route("GET", "/hr/cycles/new", Access.HR, 200),
            new Route("POST", "/hr/cycles", Access.HR, 0),
            new Route("GET", "/hr/cycles/{cycle}", Access.HR, 200),
            new Route("GET", "/hr/cycles/{draft}/edit", Access.HR, 200),
            new Route("POST", "/hr/cycles/{draft}", Access.HR, 0),
            new Route("POST", "/hr/cycles/{cycle}/open", Access.HR, 0),
            new Route("GET", "/hr/cycles/{cycle}/close", Access.HR, 200),
            new Route("POST", "/hr/cycles/{cycle}/close", Access.HR, 0),
            new Route("GET", "/hr/cycles/{cycle}/links", Access.HR, 200),
            new Route("POST", "/hr/cycles/{cycle}/links", Access.HR, 0),
            new Route("POST", "/hr/cycles/{cycle}/links/bulk", Access.HR, 0),
            new Route("GET", "/hr/cycles/{cycle}/links/fresh/{handle}", Access.HR, 410),
            new Route("GET", "/hr/cycles/{cycle}/links/fresh/{handle}/csv", Access.HR, 410),
            new Route("POST", "/hr/cycles/{cycle}/links/{link}/revoke", Access.HR, 0),
            new Route("POST", "/hr/cycles/{cycle}/links/{link}/reissue", Access.HR, 0),
            new Route("POST", "/hr/cycles/{cycle}/links/{link}/send", Access.HR, 0),
            new Route("POST", "/hr/cycles/{cycle}/links/send", Access.HR, 0),
            new Route("POST", "/hr/cycles/{cycle}/links/retry", Access.HR, 0),
            new Route("GET", "/hr/cycles/{cycle}/effort", Access.HR, 200),
            new Route("GET", "/hr/cycles/{cycle}/effort/import", Access.HR, 200),
            new Route("POST", "/hr/cycles/{cycle}/effort/import", Access.HR, 0),
            new Route("POST", "/hr/cycles/{cycle}/effort/import/{upload}", Access.HR, 0),
            new Route("GET", "/hr/cycles/{cycle}/effort/import/jobs/{job}", Access.HR, 404),
            new Route("GET", "/hr/cycles/{cycle}/friction", Access.HR, 200),
            new Route("GET", "/hr/cycles/{cycle}/report", Access.HR, 200),
            new Route("GET", "/hr/cycles/{cycle}/employees/{employee}", Access.HR, 200),
            new Route("GET", "/hr/cycles/{cycle}/customers/{customer}", Access.HR, 200),
            new Route("GET", "/hr/cycles/{cycle}/teams/{team}", Access.HR, 200),
            new Route("GET", "/hr/cycles/{cycle}/processes/{process}", Access.HR, 200),
            new Route("GET", "/hr/compare", Access.HR, 200),
            new Route("GET", "/hr/cycles/{cycle}/follow-ups", Access.HR, 200),
            new Route("GET", "/hr/handover/{employee}", Access.HR, 200),
            new Route("POST", "/hr/handover/{employee}/{followUp}", Access.HR, 0),
            new Route("GET", "/hr/cycles/{cycle}/special-situations", Access.HR, 200),
            new Route("GET", "/hr/cycles/{cycle}/process-actions", Access.HR, 200),
            new Route("POST", "/hr/cycles/{cycle}/process-actions", Access.HR, 0),
            new Route("POST", "/hr/cycles/{cycle}/process-actions/{action}/state", Access.HR, 0),

            new Route("GET", "/api/v1/teams", Access.HR, 200),
            new Route("POST", "/api/v1/teams", Access.HR, 0),
            new Route("GET", "/api/v1/tiers", Access.HR, 200),
            new Route("POST", "/api/v1/tiers", Access.HR, 0),
            new Route("GET", "/api/v1/processes", Access.HR, 200),
            new Route("POST", "/api/v1/processes", Access.HR, 0),
            new Route("GET", "/api/v1/employees", Access.HR, 200),
            new Route("POST", "/api/v1/employees", Access.HR, 0),
            new Route("GET", "/api/v1/customers", Access.HR, 200),
            new Route("POST", "/api/v1/customers", Access.HR, 0),
            new Route("GET", "/api/v1/cycles", Access.HR, 200),
            new Route("POST", "/api/v1/cycles", Access.HR, 0),
            new Route("GET", "/api/v1/cycles/{cycle}", Access.HR, 200),
            new Route("POST", "/api/v1/cycles/{draft}/open", Access.HR, 0),
            new Route("POST", "/api/v1/cycles/{draft}/close", Access.HR, 0),
            new Route("POST", "/api/v1/cycles/{cycle}/effort", Access.HR, 0),
            new Route("POST", "/api/v1/cycles/{cycle}/links", Access.HR, 0),
            new Route("GET", "/api/v1/cycles/{cycle}/report", Access.HR, 200),
            new Route("GET", "/api/v1/cycles/{cycle}/report.csv", Access.HR, 200),
            new Route("POST", "/api/v1/cycles/{cycle}/pain-reports", Access.EMPLOYEE, 0),
            // Closing the loop by API: the employee's own follow-ups ({followUp} is "me"'s), HR's all.
            new Route("GET", "/api/v1/cycles/{cycle}/follow-ups", Access.SIGNED_IN, 200),
            new Route("POST", "/api/v1/cycles/{cycle}/direct-contacts", Access.HR, 0),
            new Route("GET", "/api/v1/follow-ups/{followUp}", Access.SIGNED_IN, 200),
            new Route("POST", "/api/v1/follow-ups/{followUp}/contact", Access.SIGNED_IN, 0),
            new Route("POST", "/api/v1/follow-ups/{followUp}/close", Access.SIGNED_IN, 0),
            new Route("POST", "/api/v1/follow-ups/{followUp}/owner", Access.HR, 0),
            // Both sides in writing: {specialSituation} is "me"'s own promise; the actions say nothing of reporters.
            new Route("GET", "/api/v1/cycles/{cycle}/special-situations", Access.SIGNED_IN, 200),
            new Route("POST", "/api/v1/cycles/{cycle}/special-situations", Access.SIGNED_IN, 0),
            new Route("GET", "/api/v1/special-situations/{specialSituation}", Access.SIGNED_IN, 200),
            new Route("POST", "/api/v1/special-situations/{specialSituation}/decision", Access.HR, 0),
            new Route("GET", "/api/v1/cycles/{cycle}/process-actions", Access.SIGNED_IN, 200),
            new Route("POST", "/api/v1/cycles/{cycle}/process-actions", Access.HR, 0),
            new Route("GET", "/api/v1/process-actions/{processAction}", Access.SIGNED_IN, 200),
            new Route("POST", "/api/v1/process-actions/{processAction}/state", Access.HR, 0));

    private Routes() {
    }

    static List<Route> forms() {
        return ALL.stream().filter(Route::form).toList();
    }

    static List<Route> posts() {
        return ALL.stream().filter(r -> r.method().equals("POST")).toList();
    }

    /** "METHOD /path/{}" for every route of the table, placeholders unnamed. */
    static Set<String> listed() {
        Set<String> listed = new TreeSet<>();
        ALL.forEach(r -> listed.add(r.method() + " " + unnamed(r.template())));
        return listed;
    }

    /** "METHOD /path/{}" for every resource method the compiled app declares. */
    static Set<String> declared() throws IOException, URISyntaxException, ClassNotFoundException {
        var root = Paths.get(Routes.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes");
        Set<String> declared = new TreeSet<>();
        List<String> names;
        try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("org/twoway"))) {
            names = files.map(f -> root.relativize(f).toString()).filter(f -> f.endsWith(".class") && !f.contains("$"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.')).toList();
        }
        for (String name : names) {
            Class<?> type = Class.forName(name, false, Thread.currentThread().getContextClassLoader());
            Path base = type.getAnnotation(Path.class);
            if (base == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    String path = (base.value() + "/" + (sub == null ? "" : sub.value())).replaceAll("/+", "/");
                    path = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
                    declared.add(verb + " " + unnamed(path));
                }
            }
        }
        return declared;
    }

    private static String verb(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        if (method.isAnnotationPresent(DELETE.class)) {
            return "DELETE";
        }
        return method.isAnnotationPresent(PATCH.class) ? "PATCH" : null;
    }

    private static String unnamed(String template) {
        return template.replaceAll("\\{[^}]+}", "{}");
    }
}
