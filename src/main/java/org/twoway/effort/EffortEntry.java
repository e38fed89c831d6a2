package org.twoway.effort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.twoway.customers.Customer;
import org.twoway.cycles.ReviewCycle;
import org.twoway.people.Employee;
import org.twoway.system.AutoIdEntity;

/** Hours an employee spent on a customer in a cycle, recorded on a form, imported from CSV or sent through the API. */
@Entity
@Table(name = "effort_entry")
public class EffortEntry extends AutoIdEntity {

    public static final String FORM = "form";
    public static final String IMPORT = "import";
    public static final String API = "api";

    @ManyToOne(optional = false)
    @JoinColumn(name = "cycle_id")
    public ReviewCycle cycle;

    @ManyToOne(optional = false)
    @JoinColumn(name = "employee_id")
    public Employee employee;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id")
    public Customer customer;

    @Column(nullable = false, precision = 6, scale = 2)
    public BigDecimal hours;

    /** {@link #FORM}, {@link #IMPORT} or {@link #API}. */
    @Column(nullable = false, length = 8)
    public String source = FORM;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** An employee's entries in a cycle, by customer name. */
    public static List<EffortEntry> listOwn(ReviewCycle cycle, long employeeId) {
        return list("from EffortEntry e join fetch e.customer where e.cycle = ?1 and e.employee.id = ?2"
                + " order by e.customer.name, e.id", cycle, employeeId);
    }

    /** The hours a customer received in a cycle, from everyone; zero when none were recorded. */
    public static BigDecimal hoursByCustomer(long cycleId, long customerId) {
        BigDecimal hours = getEntityManager().createQuery("select sum(e.hours) from EffortEntry e"
                        + " where e.cycle.id = ?1 and e.customer.id = ?2", BigDecimal.class)
                .setParameter(1, cycleId).setParameter(2, customerId).getSingleResult();
        return hours == null ? BigDecimal.ZERO : hours;
    }

    /** Whether the employee may change or delete this entry: their own, typed on the form, in an open cycle. */
    public boolean editableBy(long employeeId) {
        return employee.id == employeeId && FORM.equals(source) && cycle.isOpen();
    }
}
