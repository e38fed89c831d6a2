package org.twoway.scoring;

import java.util.List;
import java.util.Objects;

/**
 * A cycle's report, shaped like the report JSON of api.md so that it serializes as it is.
 *
 * @param responses    how many responses the cycle received
 * @param responseRate responses / linksIssued; null when no link was issued (a rate of nothing is
 *                     unknown, not 0 %)
 * @param employees    by email
 * @param customers    by ref
 * @param teams        by name
 * @param processes    by name
 * @param flags        most severe first, then furthest past the threshold
 * @param cycleMean    mu, the mean of s(r) over all responses on the 1..5 scale; null without responses
 * @param company      the whole company as one group, by the group formulas: CS over every response,
 *                     EX over every pain report, their AND score and quadrant, with the same null rules
 * @param painFiguresFrom the closed cycle whose published pain figures give every EX and reporter
 *                     count: this cycle once it is closed, the last closed one while it is open (shown
 *                     "as of" it); null when no cycle has published any
 */
public record CycleReport(
        CycleInfo cycle,
        long linksIssued,
        long responses,
        Double responseRate,
        List<EmployeeReport> employees,
        List<CustomerReport> customers,
        List<GroupReport> teams,
        List<GroupReport> processes,
        List<Flag> flags,
        Double cycleMean,
        GroupReport company,
        CycleInfo painFiguresFrom) {

    /** The name of the company-wide group. */
    public static final String COMPANY = "Company";

    public CycleReport {
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(company, "company");
        employees = List.copyOf(employees);
        customers = List.copyOf(customers);
        teams = List.copyOf(teams);
        processes = List.copyOf(processes);
        flags = List.copyOf(flags);
    }
}
