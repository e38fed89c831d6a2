package org.twoway.effort;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import org.twoway.customers.HoursReceived;

/** The hours recorded on a customer in a cycle, for the customer's page. */
@ApplicationScoped
class HoursByCustomer implements HoursReceived {

    @Override
    public BigDecimal inCycle(long cycleId, long customerId) {
        return EffortEntry.hoursByCustomer(cycleId, customerId);
    }
}
