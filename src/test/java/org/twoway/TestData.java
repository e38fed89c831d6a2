package org.twoway;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.twoway.customers.Customer;
import org.twoway.customers.ServiceTier;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.ReviewCycle;
import org.twoway.friction.BusinessProcess;
import org.twoway.people.Employee;
import org.twoway.people.Team;
import org.twoway.people.UserAccount;
import org.twoway.system.Role;

/**
 * Master data for tests, each call in its own committed transaction. Names carry a counter and the
 * run's start time, so tests never collide with each other's data in the shared test database.
 */
public final class TestData {

    public static final String EMPLOYEE_PASSWORD = "employee-password";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000, 36);

    private TestData() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + RUN + "-" + COUNTER.incrementAndGet();
    }

    public static Team team() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Team team = new Team();
            team.name = unique("Team");
            team.persist();
            return team;
        });
    }

    public static Employee employee(Team team) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Employee employee = new Employee();
            employee.name = unique("Employee");
            employee.email = employee.name.toLowerCase() + "@test.example";
            employee.team = Team.findById(team.id);
            employee.persist();
            return employee;
        });
    }

    /** An employee with a login, password {@link #EMPLOYEE_PASSWORD}. */
    public static Employee employeeWithLogin(Team team) {
        Employee employee = employee(team);
        QuarkusTransaction.requiringNew().run(() ->
                UserAccount.create(employee.email, EMPLOYEE_PASSWORD, Role.EMPLOYEE, Employee.findById(employee.id)));
        return employee;
    }

    public static ServiceTier tier(double entitledHours) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ServiceTier tier = new ServiceTier();
            tier.name = unique("Tier");
            tier.entitledHours = BigDecimal.valueOf(entitledHours);
            tier.description = "Test tier";
            tier.persist();
            return tier;
        });
    }

    public static Customer customer(ServiceTier tier) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Customer customer = new Customer();
            customer.ref = unique("CUST");
            customer.name = unique("Customer");
            customer.tier = ServiceTier.findById(tier.id);
            customer.email = customer.ref.toLowerCase() + "@customer.example";
            customer.persist();
            return customer;
        });
    }

    public static BusinessProcess process() {
        return QuarkusTransaction.requiringNew().call(() -> {
            BusinessProcess process = new BusinessProcess();
            process.name = unique("Process");
            process.persist();
            return process;
        });
    }

    public static ReviewCycle cycle(CycleState state) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ReviewCycle cycle = new ReviewCycle();
            cycle.name = unique("Cycle");
            cycle.startsOn = LocalDate.now().minusDays(30);
            cycle.endsOn = LocalDate.now().plusDays(60);
            cycle.state = state;
            if (state != CycleState.draft) {
                cycle.openedAt = Instant.now().minusSeconds(86_400);
            }
            if (state == CycleState.closed) {
                cycle.closedAt = Instant.now();
            }
            cycle.persist();
            return cycle;
        });
    }
}
