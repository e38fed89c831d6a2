package org.twoway.scoring;

import java.util.List;
import java.util.NoSuchElementException;

/** Finds the lines and flags of a report that a test is about. */
final class ReportLookup {

    private ReportLookup() {
    }

    static EmployeeReport employee(CycleReport report, String email) {
        return report.employees().stream().filter(e -> e.email().equals(email)).findFirst()
                .orElseThrow(() -> new NoSuchElementException(email));
    }

    static CustomerReport customer(CycleReport report, String ref) {
        return report.customers().stream().filter(c -> c.ref().equals(ref)).findFirst()
                .orElseThrow(() -> new NoSuchElementException(ref));
    }

    static GroupReport team(CycleReport report, String name) {
        return report.teams().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException(name));
    }

    static GroupReport process(CycleReport report, String name) {
        return report.processes().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException(name));
    }

    static List<Flag> flags(CycleReport report, FlagCode code) {
        return report.flags().stream().filter(flag -> flag.code() == code).toList();
    }

    /** The only flag of that code; fails when there is none or more than one. */
    static Flag onlyFlag(CycleReport report, FlagCode code) {
        List<Flag> flags = flags(report, code);
        if (flags.size() != 1) {
            throw new AssertionError("expected one " + code + " flag but got " + flags);
        }
        return flags.get(0);
    }
}
