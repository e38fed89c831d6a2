package org.twoway.security;

import java.util.HashMap;
import java.util.Map;
import org.twoway.Browser;
import org.twoway.TestData;

/** For each form route, fields that a real person's form would send and that would change something. */
final class FormInputs {

    private FormInputs() {
    }

    static Map<String, String> valid(String template, World w) {
        String name = TestData.unique("Form");
        Map<String, String> fields = new HashMap<>();
        switch (template) {
            case "/login" -> {
                fields.put("email", Browser.HR_EMAIL);
                fields.put("password", Browser.HR_PASSWORD);
            }
            case "/f/{token}" -> {
                fields.put("responsiveness", "5");
                fields.put("solved", "4");
                fields.put("promises", "3");
                fields.put("company", "2");
                fields.put("firstContact", "CHANNEL");
                fields.put("comment", "A forged answer.");
            }
            case "/account/password" -> {
                fields.put("current", TestData.EMPLOYEE_PASSWORD);
                fields.put("password", "a-forged-new-password");
                fields.put("confirm", "a-forged-new-password");
            }
            case "/me/effort" -> {
                fields.put("cycle", w.cycle.id.toString());
                fields.put("customer", w.customer.ref);
                fields.put("hours", "2");
            }
            case "/me/effort/{entry}" -> {
                fields.put("customer", w.customer.ref);
                fields.put("hours", "9");
            }
            case "/me/cycles/{cycle}/pain-reports/{process}" -> {
                for (String rating : new String[] {"timeWasted", "tools", "handoffs", "rules", "customerPressure"}) {
                    fields.put(rating, "3");
                }
                fields.put("hoursLostPerWeek", "2");
                fields.put("fix", "A forged fix.");
                fields.put("anonymous", "true");
            }
            case "/hr/teams", "/hr/teams/{victimTeam}" -> fields.put("name", name);
            case "/hr/employees", "/hr/employees/{employee}" -> {
                fields.put("email", name.toLowerCase() + "@test.example");
                fields.put("name", name);
                fields.put("team", w.team.name);
                fields.put("password", "a-forged-password");
            }
            case "/hr/tiers", "/hr/tiers/{tier}" -> {
                fields.put("name", name);
                fields.put("entitledHours", "12");
                fields.put("description", "Forged");
            }
            case "/hr/customers", "/hr/customers/{victimCustomer}" -> {
                fields.put("ref", name);
                fields.put("name", name);
                fields.put("tier", w.tier.name);
                fields.put("email", name.toLowerCase() + "@customer.example");
            }
            case "/hr/processes", "/hr/processes/{victimProcess}" -> {
                fields.put("name", name);
                fields.put("description", "Forged");
            }
            case "/hr/cycles", "/hr/cycles/{draft}" -> {
                fields.put("name", name);
                fields.put("startsOn", "2031-01-01");
                fields.put("endsOn", "2031-03-31");
            }
            case "/hr/cycles/{cycle}/close" -> fields.put("confirm", "yes");
            case "/hr/cycles/{cycle}/links" -> {
                fields.put("customer", w.customer.ref);
                fields.put("employee", w.me.email);
            }
            case "/hr/cycles/{cycle}/links/bulk" -> fields.put("minHours", "0");
            case "/special-situations" -> {
                fields.put("customer", w.customer.id.toString());
                fields.put("what", "A forged promise.");
                fields.put("hours", "3");
                fields.put("promisedBy", "hr");
            }
            case "/special-situations/{situation}/decision" -> {
                fields.put("decision", "APPROVED");
                fields.put("reason", "A forged reason.");
            }
            case "/hr/cycles/{cycle}/process-actions" -> {
                fields.put("process", w.process.id.toString());
                fields.put("what", "A forged action.");
                fields.put("carriedBy", "Nobody");
                fields.put("due", "2031-01-31");
            }
            case "/hr/cycles/{cycle}/process-actions/{action}/state" -> fields.put("state", "DONE");
            default -> {
                // deactivate, activate, open, revoke, reissue, send, retry, logout, delete, import: no fields
            }
        }
        return fields;
    }
}
