package org.twoway.people;

import java.util.Optional;

/**
 * What a departing employee leaves for colleagues to take over: the customers' open matters belong to the
 * business, not to the person. The loop lives above this package, so people declares what deactivation needs
 * and {@code loop/Departures} provides it.
 */
public interface Handover {

    /** In the deactivation's transaction: leaves the employee's open follow-ups unowned, for HR to hand on. */
    void leave(Employee employee);

    /** The page where HR hands on what the employee left and nobody took over yet; none when nothing waits. */
    Optional<String> waiting(Employee employee);
}
