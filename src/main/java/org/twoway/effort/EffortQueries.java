package org.twoway.effort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.twoway.system.SqlRows;

/**
 * What the reports read of recorded hours in a cycle: the cycle's hours by employee and customer (set-based, for
 * the report itself), and for its pages an employee's by customer and a customer's by employee.
 */
@ApplicationScoped
public class EffortQueries {

    /** Hours on one customer, or by one employee: its key (a customer's ref, an employee's email) and name. */
    public record Hours(String key, String name, BigDecimal hours) {
    }

    /** An employee's hours on a customer in the cycle, by database ids. */
    public record Pair(long employeeId, long customerId, double hours) {
    }

    private final EntityManager em;

    EffortQueries(EntityManager em) {
        this.em = em;
    }

    /** An employee's hours by customer (ref, name), most hours first. */
    public List<Hours> byCustomer(long cycleId, long employeeId) {
        return rows(em.createQuery("select c.ref, c.name, sum(e.hours) from EffortEntry e join e.customer c"
                + " where e.cycle.id = ?1 and e.employee.id = ?2 group by c.ref, c.name order by sum(e.hours) desc, c.name",
                Object[].class).setParameter(1, cycleId).setParameter(2, employeeId).getResultList());
    }

    /** A customer's hours by employee (email, name), most hours first. */
    public List<Hours> byEmployee(long cycleId, long customerId) {
        return rows(em.createQuery("select e.email, e.name, sum(x.hours) from EffortEntry x join x.employee e"
                + " where x.cycle.id = ?1 and x.customer.id = ?2 group by e.email, e.name order by sum(x.hours) desc, e.name",
                Object[].class).setParameter(1, cycleId).setParameter(2, customerId).getResultList());
    }

    /** The cycles in which the employee recorded hours. */
    public List<Long> cyclesWithHours(long employeeId) {
        return em.createQuery("select distinct x.cycle.id from EffortEntry x where x.employee.id = ?1", Long.class)
                .setParameter(1, employeeId).getResultList();
    }

    /** The pairs with more than {@code minHours} in the cycle, by database ids. */
    public List<Pair> pairsOver(long cycleId, BigDecimal minHours) {
        return em.createQuery("select e.employee.id, e.customer.id, sum(e.hours) from EffortEntry e where e.cycle.id = ?1"
                        + " group by e.employee.id, e.customer.id having sum(e.hours) > ?2", Object[].class)
                .setParameter(1, cycleId).setParameter(2, minHours).getResultStream()
                .map(r -> new Pair((Long) r[0], (Long) r[1], ((BigDecimal) r[2]).doubleValue())).toList();
    }

    public static List<Pair> hoursByPair(Connection connection, long cycleId) throws SQLException {
        List<Pair> pairs = new ArrayList<>();
        SqlRows.stream(connection, "SELECT employee_id, customer_id, SUM(hours) FROM effort_entry WHERE cycle_id = ?"
                + " GROUP BY employee_id, customer_id",
                row -> pairs.add(new Pair(row.getLong(1), row.getLong(2), row.getDouble(3))), cycleId);
        return pairs;
    }

    private static List<Hours> rows(List<Object[]> rows) {
        return rows.stream().map(r -> new Hours((String) r[0], (String) r[1], (BigDecimal) r[2])).toList();
    }
}
