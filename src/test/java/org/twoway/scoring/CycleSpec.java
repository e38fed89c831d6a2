package org.twoway.scoring;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A small generated cycle: employees e0..e3 (e0 and e2 in team T0, e1 and e3 in T1), customers
 * C0..C3 entitled to 5, 10, 20 and 40 h, processes P0..P2 and reporters r0..r5.
 */
record CycleSpec(List<CycleSpec.Answer> answers, List<CycleSpec.Effort> effort, List<CycleSpec.Pain> pain) {

    static final int EMPLOYEES = 4;
    static final int CUSTOMERS = 4;
    static final int PROCESSES = 3;
    static final int REPORTERS = 6;
    private static final double[] ENTITLEMENTS = {5, 10, 20, 40};

    /** @param process -1 for a link that names no process */
    record Answer(int employee, int customer, int process, int q1, int q2, int q3, int q4,
            CycleBuilder.Contact firstContact) {
    }

    record Effort(int employee, int customer, double hours) {
    }

    record Pain(int reporter, int process, int frictionSum) {
    }

    static String employee(int index) {
        return "e" + index + "@x.example";
    }

    static String customer(int index) {
        return "C" + index;
    }

    static String team(int employee) {
        return "T" + employee % 2;
    }

    static String process(int index) {
        return "P" + index;
    }

    /** The cycle with its employees, customers, teams and processes but no answers, effort or reports. */
    static CycleBuilder emptyCycle() {
        CycleBuilder cycle = new CycleBuilder();
        for (int e = 0; e < EMPLOYEES; e++) {
            cycle.employee(employee(e), "Employee " + e, team(e));
        }
        for (int c = 0; c < CUSTOMERS; c++) {
            cycle.customer(customer(c), "Customer " + c, "Tier " + c, ENTITLEMENTS[c]);
        }
        for (int p = 0; p < PROCESSES; p++) {
            cycle.process(process(p));
        }
        return cycle;
    }

    CycleBuilder builder() {
        CycleBuilder cycle = emptyCycle();
        for (Answer a : answers) {
            cycle.answer(employee(a.employee()), customer(a.customer()), a.process() < 0 ? null : process(a.process()),
                    a.q1(), a.q2(), a.q3(), a.q4(), a.firstContact());
        }
        for (Effort entry : effort) {
            cycle.effort(employee(entry.employee()), customer(entry.customer()), entry.hours());
        }
        Set<List<Integer>> filed = new HashSet<>();
        for (Pain report : pain) {
            if (!filed.add(List.of(report.reporter(), report.process()))) {
                continue; // one report per person and process: the database refuses a second
            }
            // a reporter belongs to the team of the employee with the same number
            cycle.pain("r" + report.reporter(), team(report.reporter()), process(report.process()),
                    report.frictionSum());
        }
        return cycle;
    }
}
