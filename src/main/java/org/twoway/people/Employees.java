package org.twoway.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.twoway.audit.AuditAction;
import org.twoway.audit.AuditLog;
import org.twoway.people.EmailChangeMailer.EmailChanged;
import org.twoway.system.Refusal;
import org.twoway.system.Role;

/**
 * Creating and changing employees and their logins. An email belongs to one person and one account;
 * a login is active exactly while its person is. Deactivating a person signs them out everywhere, and so
 * does changing their email, which their old address is told of. HR gives a login its initial password
 * when creating it, and never sets one afterwards: only the person does, on their account page, so no HR
 * action lets HR sign in as them and read what is theirs alone.
 */
@ApplicationScoped
public class Employees {

    /** Said when a password comes with an email that is taken: it would be the password of someone who exists. */
    private static final String NOT_HRS_PASSWORD = " HR cannot set an existing employee's password; once they have a"
            + " login, only they can change it, on their own account page.";

    private final Sessions sessions;
    private final AuditLog audit;
    private final Event<EmailChanged> emailChanged;
    private final Handover handover;

    Employees(Sessions sessions, AuditLog audit, Event<EmailChanged> emailChanged, Handover handover) {
        this.sessions = sessions;
        this.audit = audit;
        this.emailChanged = emailChanged;
        this.handover = handover;
    }

    @Transactional
    public Employee create(EmployeeInput input) {
        requireFreeEmail(input.email(), null, input.password() == null ? "" : NOT_HRS_PASSWORD);
        Employee employee = new Employee();
        employee.team = choosableTeam(input.team(), null);
        employee.email = input.email();
        employee.name = input.name();
        employee.persist();
        audit.record(AuditAction.EMPLOYEE_CREATED, who(employee));
        if (input.password() != null) {
            UserAccount.create(employee.email, input.password(), Role.EMPLOYEE, employee);
            audit.record(AuditAction.LOGIN_CREATED, who(employee));
        }
        return employee;
    }

    @Transactional
    public Employee update(long id, EmployeeInput input) {
        Employee employee = find(id);
        Optional<UserAccount> login = UserAccount.findByEmployee(employee);
        if (input.password() != null && login.isPresent()) {
            throw Refusal.invalid("password", employee.name + " has a login, so only they can change its password,"
                    + " on their own account page; HR cannot set it.");
        }
        requireFreeEmail(input.email(), employee, "");
        String before = who(employee) + " in " + employee.team.name;
        String oldEmail = employee.email;
        employee.team = choosableTeam(input.team(), employee.team);
        employee.email = input.email();
        employee.name = input.name();
        login.ifPresent(account -> account.email = employee.email);
        if (login.isPresent() && !employee.email.equals(oldEmail)) {
            sessions.endAll(login.get());
            emailChanged.fire(new EmailChanged(employee.id, employee.name, oldEmail, employee.email));
        }
        String after = who(employee) + " in " + employee.team.name;
        if (!after.equals(before)) {
            audit.record(AuditAction.EMPLOYEE_UPDATED, before + " → " + after);
        }
        if (input.password() != null) {
            UserAccount account = UserAccount.create(employee.email, input.password(), Role.EMPLOYEE, employee);
            account.active = employee.active;
            audit.record(AuditAction.LOGIN_CREATED, who(employee));
        }
        return employee;
    }

    /**
     * Deactivating keeps the person and their history but closes their login, ends its sessions and leaves their
     * open follow-ups for HR to hand on ({@link Handover}).
     */
    @Transactional
    public Employee setActive(long id, boolean active) {
        Employee employee = find(id);
        if (employee.active != active) {
            audit.record(active ? AuditAction.EMPLOYEE_ACTIVATED : AuditAction.EMPLOYEE_DEACTIVATED, who(employee));
            if (!active) {
                handover.leave(employee);
            }
        }
        employee.active = active;
        UserAccount.findByEmployee(employee).ifPresent(account -> {
            account.active = active;
            if (!active) {
                sessions.endAll(account);
            }
        });
        return employee;
    }

    private static String who(Employee employee) {
        return employee.name + " <" + employee.email + ">";
    }

    public Employee find(long id) {
        Employee employee = Employee.findById(id);
        if (employee == null) {
            throw Refusal.notFound("There is no employee " + id + ".");
        }
        return employee;
    }

    /** The team a person is put in: it must exist and be active, unless the person is in it already. */
    private static Team choosableTeam(String name, Team current) {
        Team team = Teams.byName(name);
        if (!team.active && team != current) {
            throw Refusal.invalid("team", "The team “" + team.name + "” is deactivated; choose an active one.");
        }
        return team;
    }

    /** {@code more} is said after the refusal, when there is more to say. */
    private static void requireFreeEmail(String email, Employee self, String more) {
        Employee.findByEmail(email).filter(other -> other != self).ifPresent(other -> {
            throw Refusal.duplicate("email", "An employee with the email " + email + " already exists (" + other.name + ")."
                    + more);
        });
        UserAccount.findByEmail(email)
                .filter(account -> self == null || account.employee == null || !account.employee.id.equals(self.id))
                .ifPresent(account -> {
                    throw Refusal.duplicate("email", "The email " + email + " is already used by another account." + more);
                });
    }
}
