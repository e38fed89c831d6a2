package org.twoway.demo;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.twoway.customers.Customer;
import org.twoway.customers.ServiceTier;
import org.twoway.cycles.CycleState;
import org.twoway.cycles.ReviewCycle;
import org.twoway.friction.BusinessProcess;
import org.twoway.people.Employee;
import org.twoway.people.Team;
import org.twoway.people.UserAccount;
import org.twoway.system.Role;
import org.twoway.system.TwowayConfig;

/**
 * Northwind Services, a believable small company for dev mode and {@code TWOWAY_DEMO=true}: three
 * teams of four, three written service tiers, thirty customers, five processes, two closed cycles and
 * an open one. {@link DemoActivity} fills the cycles so that every flag of the scoring rules shows.
 * Seeded once: an existing team means the database already holds a company.
 */
@ApplicationScoped
public class DemoCompany {

    private static final Logger LOG = Logger.getLogger(DemoCompany.class);

    public static final String PASSWORD = "demo-password";
    public static final String HR_EMAIL = "hr@northwind.example";
    static final String DOMAIN = "@northwind.example";

    static final String[][] TEAMS = {
        {"Customer Success", "Jonas Weber", "Amira Haddad", "Lena Fischer", "Tom Becker"},
        {"Field Service", "Marco Rossi", "Sofia Novak", "Piotr Kowalski", "Emma Schmidt"},
        {"Billing & Support", "Yuki Tanaka", "Daniel Okafor", "Clara Meier", "Felix Braun"},
    };

    static final String[][] TIERS = {
        {"Bronze", "10", "Email support answered within two business days, and a check-in call each quarter."},
        {"Silver", "20", "A named account manager, phone support in business hours, and a monthly check-in."},
        {"Gold", "40", "A named account manager with a deputy, same-day answers, and an on-site visit each quarter."},
    };

    static final String[][] PROCESSES = {
        {"Onboarding", "Setting a new customer up: contract, accounts, first delivery."},
        {"Order changes", "Changing quantities, dates or addresses of an order already placed."},
        {"Refunds", "Credit notes and refunds after a complaint."},
        {"Contract renewals", "Renewing, upgrading or ending a service contract."},
        {"Incident handling", "Faults at the customer's site: diagnosis, visit, fix."},
    };

    static final String[] CUSTOMERS = {
        "Albrecht Metall", "Alpen Bau", "Bergmann Optik", "Blumenhof Gärtnerei", "Brauerei Kessler",
        "Café Lindner", "Delta Medical", "Elbe Spedition", "Fjord Fisheries", "Isar Immobilien",
        "Hartmann Logistik", "Jansen Druck", "Keller Elektro", "Lakeside Hotels", "Maier & Söhne",
        "Nordlicht Energie", "Oberland Tischlerei", "Praxis Dr. Yilmaz", "Quelle Getränke", "Rhein Textil",
        "Sonnenschein Kita", "Taunus Autohaus", "Ulmer Software", "Vogel Verlag", "Weiss Dental",
        "Xaver Sport", "Yildiz Catering", "Zeller Apotheke", "Öko Markt Rosen", "Ørsted Design",
    };

    /** Which tier each customer holds, by index into {@link #TIERS}. */
    static int tierOf(int customer) {
        return customer % 5 == 4 ? 2 : customer % 2;
    }

    void seed(@Observes @Priority(100) StartupEvent start, TwowayConfig config, DemoActivity activity) {
        if (!config.demo()) {
            return;
        }
        long began = System.nanoTime();
        boolean seeded = QuarkusTransaction.requiringNew().call(() -> {
            if (Team.anyExists()) {
                return false;
            }
            createCompany();
            return true;
        });
        if (seeded) {
            activity.fill();
            LOG.infof("Seeded the demo company in %d ms; HR signs in as %s with password %s.", (System.nanoTime() - began) / 1_000_000,
                    HR_EMAIL, PASSWORD);
        }
    }

    private static void createCompany() {
        String passwordHash = BcryptUtil.bcryptHash(PASSWORD);
        account(HR_EMAIL, passwordHash, Role.HR, null);
        for (String[] members : TEAMS) {
            Team team = new Team();
            team.name = members[0];
            team.persist();
            for (int i = 1; i < members.length; i++) {
                Employee employee = new Employee();
                employee.name = members[i];
                employee.email = emailOf(members[i]);
                employee.team = team;
                employee.persist();
                account(employee.email, passwordHash, Role.EMPLOYEE, employee);
            }
        }
        List<ServiceTier> tiers = new ArrayList<>();
        for (String[] t : TIERS) {
            ServiceTier tier = new ServiceTier();
            tier.name = t[0];
            tier.entitledHours = new BigDecimal(t[1]);
            tier.description = t[2];
            tier.persist();
            tiers.add(tier);
        }
        for (int i = 0; i < CUSTOMERS.length; i++) {
            Customer customer = new Customer();
            customer.ref = refOf(i);
            customer.name = CUSTOMERS[i];
            customer.tier = tiers.get(tierOf(i));
            customer.email = "contact+" + customer.ref.toLowerCase() + "@customers.example";
            customer.persist();
        }
        for (String[] p : PROCESSES) {
            BusinessProcess process = new BusinessProcess();
            process.name = p[0];
            process.description = p[1];
            process.persist();
        }
        cycle("2026 Q2", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), CycleState.closed);
        cycle("2026 Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), CycleState.closed);
        cycle("2026 Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), CycleState.open);
    }

    static String emailOf(String name) {
        return name.substring(0, name.indexOf(' ')).toLowerCase() + DOMAIN;
    }

    static String refOf(int customer) {
        return String.format("NW-%03d", customer + 1);
    }

    private static void account(String email, String passwordHash, String role, Employee employee) {
        UserAccount account = new UserAccount();
        account.email = email;
        account.passwordHash = passwordHash;
        account.role = role;
        account.employee = employee;
        account.persist();
    }

    private static void cycle(String name, LocalDate startsOn, LocalDate endsOn, CycleState state) {
        ReviewCycle cycle = new ReviewCycle();
        cycle.name = name;
        cycle.startsOn = startsOn;
        cycle.endsOn = endsOn;
        cycle.state = state;
        cycle.openedAt = instant(startsOn);
        cycle.closedAt = state == CycleState.closed ? instant(endsOn.plusDays(1)) : null;
        cycle.persist();
    }

    static Instant instant(LocalDate day) {
        return day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }
}
