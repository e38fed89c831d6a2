package org.twoway.people;

/**
 * Where each role starts: the page a person lands on after signing in, and where an employee's form goes back to.
 * Those pages belong to the packages above (HR's to cycles, the employee's to home); people, which they build on,
 * only asks, and home answers with the paths of the resources that serve them.
 */
public interface RoleHomes {

    /** HR's home: the review cycles. */
    String hr();

    /** The employee's home: My work. */
    String employee();
}
