package org.twoway.reports;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.twoway.customers.CustomerQueries;
import org.twoway.cycles.ReviewCycle;
import org.twoway.effort.EffortQueries;
import org.twoway.feedback.AnswerTallyQueries;
import org.twoway.friction.ProcessActionQueries;
import org.twoway.friction.ProcessQueries;
import org.twoway.loop.FollowUpQueries;
import org.twoway.people.PeopleQueries;
import org.twoway.scoring.CustomerInfo;
import org.twoway.scoring.CycleInfo;
import org.twoway.scoring.CycleInput;
import org.twoway.scoring.CycleReport;
import org.twoway.scoring.EffortHours;
import org.twoway.scoring.EmployeeInfo;
import org.twoway.scoring.EmployeeResponses;
import org.twoway.scoring.FirstContact;
import org.twoway.scoring.FollowUpCounts;
import org.twoway.scoring.FollowUpInput;
import org.twoway.scoring.PainFigures;
import org.twoway.scoring.PairResponses;
import org.twoway.scoring.ProcessResponses;
import org.twoway.scoring.SpecialInput;
import org.twoway.special.SpecialQueries;
import org.twoway.system.CompanyTime;

/**
 * Loads what scoring needs about one cycle with a fixed handful of aggregate queries (sums and counts
 * grouped in SQL), however many employees, customers and answers the cycle holds, each asked of the feature that
 * owns its tables: feedback's answer tallies, effort's hours, people, customers, processes, the loop's
 * follow-ups, the special situations and the processes with actions; the pain figures
 * come as published (friction's {@code PainFigureQueries}), never from the cycle's own reports. Rows come back with
 * database ids, which are turned into the natural keys scoring speaks (emails, refs, names).
 */
@ApplicationScoped
public class CycleLoader {

    private final AgroalDataSource dataSource;
    /**
     * The three reads beside the main one. Not the worker pool (ManagedExecutor): a report is loaded on a worker
     * thread that waits for these three, so with every worker loading a report none would be left to run them.
     */
    private final ExecutorService parallel = Executors.newFixedThreadPool(3);

    CycleLoader(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Loads a cycle. The three largest reads, the answers' sums, the count of links issued (an index of
     * one entry per link) and the follow-ups (once the names are read), run on connections of their own while
     * this one reads the names and sums the rest, so a large cycle takes about as long as its largest read.
     *
     * <p>The loop's "now" is this moment for an open cycle and the moment it closed for a closed one, whose
     * report stays as it was then (the end of its last day, for a cycle closed before that moment was kept).
     *
     * @param before      the closed cycle before this one, whose special situations this cycle's are compared with
     * @param earlierPain the figures published by the closed cycle before the one {@code pain} comes from
     */
    public CycleInput load(ReviewCycle cycle, ReviewCycle before, CycleReport previous, PainFigures pain,
            PainFigures earlierPain) {
        Instant now = !cycle.isClosed() ? Instant.now()
                : cycle.closedAt != null ? cycle.closedAt : CompanyTime.endOf(cycle.endsOn);
        CompletableFuture<List<AnswerTallyQueries.PairTally>> ratings =
                aside(connection -> AnswerTallyQueries.pairs(connection, cycle.id));
        CompletableFuture<Long> linksIssued = aside(connection -> AnswerTallyQueries.linksIssued(connection, cycle.id));
        try (Connection connection = dataSource.getConnection()) {
            Loading loading = new Loading(connection, cycle);
            loading.loadNames();
            CompletableFuture<Loop> followUps = aside(other -> loading.followUps(other, now));
            return loading.input(before, previous, pain, earlierPain, ratings.join(), linksIssued.join(), followUps.join());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load cycle " + cycle.id + " for its report", e);
        } catch (CompletionException e) {
            throw new IllegalStateException("Could not load the answers, links and follow-ups of cycle " + cycle.id,
                    e.getCause());
        }
    }

    private <T> CompletableFuture<T> aside(SqlWork<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            try (Connection connection = dataSource.getConnection()) {
                return work.run(connection);
            } catch (SQLException e) {
                throw new CompletionException(e);
            }
        }, parallel);
    }

    @PreDestroy
    void stop() {
        parallel.shutdown();
    }

    private static final class Loading {

        /** Who promised a special situation that no employee promised. */
        private static final String HR = "HR";

        private final Connection connection;
        private final ReviewCycle cycle;
        private final Map<Long, EmployeeInfo> employees = new HashMap<>();
        private final Map<Long, CustomerInfo> customers = new HashMap<>();
        private final Map<Long, String> teams = new HashMap<>();
        private final Map<Long, String> processes = new HashMap<>();
        private final Map<Long, EmployeeInfo> allEmployees = new HashMap<>();
        private final Map<Long, CustomerInfo> allCustomers = new HashMap<>();
        private final List<Long> activeEmployees = new ArrayList<>();
        private final List<Long> activeCustomers = new ArrayList<>();

        Loading(Connection connection, ReviewCycle cycle) {
            this.connection = connection;
            this.cycle = cycle;
        }

        CycleInput input(ReviewCycle before, CycleReport previous, PainFigures pain, PainFigures earlierPain,
                List<AnswerTallyQueries.PairTally> ratings, long linksIssued, Loop loop) throws SQLException {
            List<ProcessResponses> byProcess = new ArrayList<>();
            for (AnswerTallyQueries.ProcessTally tally : AnswerTallyQueries.processes(connection, cycle.id)) {
                byProcess.add(new ProcessResponses(processes.get(tally.processId()), tally.answers(), tally.scoreSum()));
            }
            List<EffortHours> effort = new ArrayList<>();
            for (EffortQueries.Pair hours : EffortQueries.hoursByPair(connection, cycle.id)) {
                effort.add(new EffortHours(employee(hours.employeeId()), customer(hours.customerId()), hours.hours()));
            }
            List<PairResponses> byPair = new ArrayList<>(ratings.size());
            Map<Long, long[]> byEmployee = new HashMap<>();
            for (AnswerTallyQueries.PairTally tally : ratings) {
                byPair.add(new PairResponses(customer(tally.customerId()), employee(tally.employeeId()), tally.answers(),
                        tally.scoreSum(), tally.companySum()));
                long[] sums = byEmployee.computeIfAbsent(tally.employeeId(), id -> new long[6]);
                sums[0] += tally.answers();
                sums[1] += tally.scoreSum();
                sums[2] += tally.companySum();
                sums[3] += tally.person();
                sums[4] += tally.channel();
                sums[5] += tally.escalate();
            }
            CycleInfo info = new CycleInfo(cycle.id, cycle.name, cycle.state.name(), cycle.startsOn, cycle.endsOn);
            // before the employees are listed: an owner may have follow-ups and neither answers nor hours
            loop.owners().forEach(this::employee);
            // before the customers are: a customer may have been promised something and neither answered nor been served
            List<SpecialInput> special = special(cycle.id, true);
            List<SpecialInput> previousSpecial = before == null ? List.of() : special(before.id, false);
            return new CycleInput(info, linksIssued, List.copyOf(employees.values()), List.copyOf(customers.values()),
                    groupNames(PeopleQueries::activeTeamNames, true), groupNames(ProcessQueries::activeNames, false),
                    employeeResponses(byEmployee), byPair, byProcess, effort, pain, loop.counts(), special, previousSpecial,
                    actedOn(pain), earlierPain, previous);
        }

        /**
         * A cycle's special situations that are not declined, by customer and promiser's name ("HR" for HR's own).
         *
         * @param listed whether their customers are listed in the report: this cycle's are, the previous cycle's only
         *               count for the comparison
         */
        private List<SpecialInput> special(long cycleId, boolean listed) throws SQLException {
            List<SpecialInput> list = new ArrayList<>();
            for (SpecialQueries.Promised promised : SpecialQueries.notDeclined(connection, cycleId)) {
                String ref = listed ? customer(promised.customerId()) : allCustomers.get(promised.customerId()).ref();
                String promiser = promised.promisedById() == null ? HR : allEmployees.get(promised.promisedById()).name();
                list.add(new SpecialInput(ref, promiser, promised.count(), promised.hours().doubleValue()));
            }
            return list;
        }

        /** The processes with an action recorded in this cycle or in the one the pain figures come from, by name. */
        private List<String> actedOn(PainFigures pain) throws SQLException {
            long[] cycles = pain.from() == null || pain.from().id() == cycle.id ? new long[] {cycle.id}
                    : new long[] {cycle.id, pain.from().id()};
            return ProcessActionQueries.actedOn(connection, cycles).stream().map(processes::get).toList();
        }

        /**
         * Counts the follow-ups at {@code now} as they are read on {@code other}, with their owners' emails and the
         * answers' s (a third of q1 + q2 + q3). It runs beside {@link #input} and so only reads the names.
         */
        Loop followUps(Connection other, Instant now) throws SQLException {
            FollowUpCounts counts = new FollowUpCounts(now);
            Set<Long> owners = new HashSet<>();
            FollowUpQueries.ofCycle(other, cycle.id, row -> {
                if (row.ownerId() != null) {
                    owners.add(row.ownerId());
                }
                counts.add(new FollowUpInput(row.ownerId() == null ? null : allEmployees.get(row.ownerId()).email(),
                        FollowUpInput.Source.valueOf(row.source()), row.dueAt(), row.contactedAt(), row.contactByOther(),
                        s(row.answerScoreSum()), s(row.laterScoreSum())));
            });
            return new Loop(counts, owners);
        }

        private static Double s(Integer scoreSum) {
            return scoreSum == null ? null : scoreSum / 3.0;
        }

        /** Names of everyone and everything; {@link #employee} and {@link #customer} list those the report shows. */
        private void loadNames() throws SQLException {
            teams.putAll(PeopleQueries.teamNames(connection));
            processes.putAll(ProcessQueries.names(connection));
            for (PeopleQueries.Person person : PeopleQueries.everyone(connection)) {
                allEmployees.put(person.id(), new EmployeeInfo(person.email(), person.name(), teams.get(person.teamId())));
                if (person.active()) {
                    activeEmployees.add(person.id());
                }
            }
            for (CustomerQueries.Served served : CustomerQueries.everyone(connection)) {
                allCustomers.put(served.id(), new CustomerInfo(served.ref(), served.name(), served.tier(),
                        served.entitledHours()));
                if (served.active()) {
                    activeCustomers.add(served.id());
                }
            }
            if (cycle.isOpen()) {
                activeEmployees.forEach(id -> employees.put(id, allEmployees.get(id)));
                activeCustomers.forEach(id -> customers.put(id, allCustomers.get(id)));
            }
        }

        private List<EmployeeResponses> employeeResponses(Map<Long, long[]> byEmployee) {
            List<EmployeeResponses> list = new ArrayList<>(byEmployee.size());
            byEmployee.forEach((id, s) -> list.add(new EmployeeResponses(employee(id), s[0], s[1], s[2],
                    new FirstContact(s[3], s[4], s[5]))));
            return list;
        }

        /** Active groups while the cycle is open, plus those named by the cycle's data (scoring adds those itself). */
        private List<String> groupNames(SqlWork<List<String>> active, boolean teams) throws SQLException {
            TreeSet<String> names = new TreeSet<>();
            if (cycle.isOpen()) {
                names.addAll(active.run(connection));
            }
            if (teams) {
                employees.values().forEach(e -> names.add(e.team()));
            }
            return List.copyOf(names);
        }

        /** The report lists the people and customers with data in the cycle, and while it is open, every active one. */
        private String employee(long id) {
            return employees.computeIfAbsent(id, allEmployees::get).email();
        }

        private String customer(long id) {
            return customers.computeIfAbsent(id, allCustomers::get).ref();
        }
    }

    /** The cycle's follow-ups counted, and the ids of their owners, whom the report lists. */
    private record Loop(FollowUpCounts counts, Set<Long> owners) {
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
