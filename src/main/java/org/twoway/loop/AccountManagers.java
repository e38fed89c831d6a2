package org.twoway.loop;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.stream.Stream;
import org.twoway.effort.EffortQueries;
import org.twoway.feedback.RatingQueries;
import org.twoway.people.Employee;

/**
 * Who carries a customer's relationship, by loop.md's written rule: the active employee with the most effort
 * hours on the customer in the open cycle, else the one the customer rated most recently.
 */
@ApplicationScoped
public class AccountManagers {

    private final EffortQueries effort;
    private final RatingQueries ratings;

    AccountManagers(EffortQueries effort, RatingQueries ratings) {
        this.effort = effort;
        this.ratings = ratings;
    }

    public Optional<Employee> propose(long cycleId, long customerId) {
        Stream<Employee> byHours = effort.byEmployee(cycleId, customerId).stream()
                .map(hours -> Employee.findByEmail(hours.key()).orElse(null));
        // a lambda, not Employee::findById, whose method handle names PanacheEntityBase's unenhanced method
        Stream<Employee> byRating = ratings.employeesRatedBy(customerId).stream().map(id -> Employee.<Employee>findById(id));
        return Stream.concat(byHours, byRating).filter(e -> e != null && e.active).findFirst();
    }
}
