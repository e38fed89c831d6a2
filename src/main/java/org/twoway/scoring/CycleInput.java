package org.twoway.scoring;

import java.util.List;
import java.util.Objects;

/**
 * Everything scoring needs about one cycle, as a few aggregate queries return it. The order of the
 * lists does not matter: the same contents always give the same report.
 *
 * <p>Every employee and customer that an aggregate names must be in {@code employees} and
 * {@code customers}; scoring refuses employee responses, effort and customer responses that name
 * one that is not. Teams and processes named only by employees, process responses or pain reports
 * are added to {@code teams} and {@code processes}, which list the groups shown even when they
 * have no data; so are those of the pain figures when the cycle published them itself.
 *
 * @param linksIssued how many feedback links were issued in the cycle
 * @param pain        the pain figures the report shows: the cycle's own once it is closed, else the
 *                    last closed cycle's
 * @param followUps   the cycle's follow-ups, counted at the moment the loop's measures are taken at; an owner must be
 *                    among {@code employees}
 * @param special     the cycle's special situations that are not declined; a customer must be among {@code customers}
 * @param previousSpecial the same in the previous closed cycle, empty when there is none; its customers need not
 *                    be this cycle's
 * @param actedOn     the processes with an action recorded in this cycle or in the cycle {@code pain} comes from
 * @param earlierPain the pain figures published by the closed cycle before the one {@code pain} comes from, or
 *                    {@link PainFigures#NONE}
 * @param previous    the report of the previous closed cycle, for the trend, or null
 */
public record CycleInput(
        CycleInfo cycle,
        long linksIssued,
        List<EmployeeInfo> employees,
        List<CustomerInfo> customers,
        List<String> teams,
        List<String> processes,
        List<EmployeeResponses> employeeResponses,
        List<PairResponses> pairResponses,
        List<ProcessResponses> processResponses,
        List<EffortHours> effort,
        PainFigures pain,
        FollowUpCounts followUps,
        List<SpecialInput> special,
        List<SpecialInput> previousSpecial,
        List<String> actedOn,
        PainFigures earlierPain,
        CycleReport previous) {

    public CycleInput {
        Objects.requireNonNull(cycle, "cycle");
        if (linksIssued < 0) {
            throw new IllegalArgumentException("linksIssued must not be negative");
        }
        employees = List.copyOf(employees);
        customers = List.copyOf(customers);
        teams = List.copyOf(teams);
        processes = List.copyOf(processes);
        employeeResponses = List.copyOf(employeeResponses);
        pairResponses = List.copyOf(pairResponses);
        processResponses = List.copyOf(processResponses);
        effort = List.copyOf(effort);
        Objects.requireNonNull(pain, "pain");
        Objects.requireNonNull(followUps, "followUps");
        special = List.copyOf(special);
        previousSpecial = List.copyOf(previousSpecial);
        actedOn = List.copyOf(actedOn);
        Objects.requireNonNull(earlierPain, "earlierPain");
    }

    /** Whether the pain figures are the cycle's own, published when it closed. */
    boolean ownPainFigures() {
        return pain.from() != null && pain.from().id() == cycle.id();
    }
}
