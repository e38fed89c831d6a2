package org.twoway.people;

import io.quarkus.qute.TemplateExtension;
import org.twoway.system.PathTemplate;

/**
 * Links to the start page, signing in and out, the account, employees and teams, for templates: {@code {uri:start}},
 * each path taken from {@link AccountPage}, {@link EmployeePages}, {@link LoginPage}, {@link TeamPages}.
 */
@TemplateExtension(namespace = PathTemplate.NAMESPACE, priority = 2)
public class PeopleUris {

    private static final PathTemplate START = PathTemplate.of(LoginPage.class);
    private static final PathTemplate LOGIN = PathTemplate.of(LoginPage.class, "signIn");
    private static final PathTemplate LOGOUT = PathTemplate.of(LoginPage.class, "signOut");
    private static final PathTemplate ACCOUNT = PathTemplate.of(AccountPage.class);
    private static final PathTemplate CHANGE_PASSWORD = PathTemplate.of(AccountPage.class, "changePassword");
    private static final PathTemplate EMPLOYEES = PathTemplate.of(EmployeePages.class);
    private static final PathTemplate NEW_EMPLOYEE = PathTemplate.of(EmployeePages.class, "showNew");
    private static final PathTemplate EDIT_EMPLOYEE = PathTemplate.of(EmployeePages.class, "showEdit");
    private static final PathTemplate UPDATE_EMPLOYEE = PathTemplate.of(EmployeePages.class, "update");
    private static final PathTemplate DEACTIVATE_EMPLOYEE = PathTemplate.of(EmployeePages.class, "deactivate");
    private static final PathTemplate ACTIVATE_EMPLOYEE = PathTemplate.of(EmployeePages.class, "activate");
    private static final PathTemplate TEAMS = PathTemplate.of(TeamPages.class);
    private static final PathTemplate NEW_TEAM = PathTemplate.of(TeamPages.class, "showNew");
    private static final PathTemplate EDIT_TEAM = PathTemplate.of(TeamPages.class, "showEdit");
    private static final PathTemplate UPDATE_TEAM = PathTemplate.of(TeamPages.class, "update");
    private static final PathTemplate DEACTIVATE_TEAM = PathTemplate.of(TeamPages.class, "deactivate");
    private static final PathTemplate ACTIVATE_TEAM = PathTemplate.of(TeamPages.class, "activate");

    /** The start page, which sends each role to its own. */
    static String start() {
        return START.with();
    }

    static String login() {
        return LOGIN.with();
    }

    static String logout() {
        return LOGOUT.with();
    }

    static String account() {
        return ACCOUNT.with();
    }

    static String changePassword() {
        return CHANGE_PASSWORD.with();
    }

    /** The list, and where the form of a new employee posts. */
    static String employees() {
        return EMPLOYEES.with();
    }

    static String newEmployee() {
        return NEW_EMPLOYEE.with();
    }

    static String editEmployee(long id) {
        return EDIT_EMPLOYEE.with(id);
    }

    static String updateEmployee(long id) {
        return UPDATE_EMPLOYEE.with(id);
    }

    static String deactivateEmployee(long id) {
        return DEACTIVATE_EMPLOYEE.with(id);
    }

    static String activateEmployee(long id) {
        return ACTIVATE_EMPLOYEE.with(id);
    }

    /** The list, and where the form of a new team posts. */
    static String teams() {
        return TEAMS.with();
    }

    static String newTeam() {
        return NEW_TEAM.with();
    }

    static String editTeam(long id) {
        return EDIT_TEAM.with(id);
    }

    static String updateTeam(long id) {
        return UPDATE_TEAM.with(id);
    }

    static String deactivateTeam(long id) {
        return DEACTIVATE_TEAM.with(id);
    }

    static String activateTeam(long id) {
        return ACTIVATE_TEAM.with(id);
    }
}
