package org.twoway.customers;

import java.math.BigDecimal;

/**
 * The hours a customer received in a cycle, as the customer's page shows them against its tier. Effort records
 * the hours and answers this; customers, which effort builds on, only asks.
 */
public interface HoursReceived {

    BigDecimal inCycle(long cycleId, long customerId);
}
