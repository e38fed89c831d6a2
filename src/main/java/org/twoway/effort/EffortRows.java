package org.twoway.effort;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Validated effort rows ready to insert, held compactly (three numbers a row) so that a preview of a
 * large file can wait for its confirmation in memory.
 */
public final class EffortRows {

    private long[] employees = new long[1024];
    private long[] customers = new long[1024];
    private long[] hundredths = new long[1024];
    private int size;
    private long totalHundredths;

    void add(long employeeId, long customerId, BigDecimal hours) {
        if (size == employees.length) {
            employees = Arrays.copyOf(employees, size * 2);
            customers = Arrays.copyOf(customers, size * 2);
            hundredths = Arrays.copyOf(hundredths, size * 2);
        }
        long h = hours.movePointRight(2).longValueExact();
        employees[size] = employeeId;
        customers[size] = customerId;
        hundredths[size] = h;
        totalHundredths += h;
        size++;
    }

    public int size() {
        return size;
    }

    long employee(int i) {
        return employees[i];
    }

    long customer(int i) {
        return customers[i];
    }

    BigDecimal hours(int i) {
        return BigDecimal.valueOf(hundredths[i], 2);
    }

    public BigDecimal totalHours() {
        return BigDecimal.valueOf(totalHundredths, 2);
    }
}
