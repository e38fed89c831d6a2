package org.twoway.friction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;
import org.twoway.cycles.ReviewCycle;
import org.twoway.people.Employee;
import org.twoway.system.Refusal;

/**
 * Filing and editing process-pain reports: one per person, process and cycle, editable while the
 * cycle is open and frozen once it closes. A person finds their own reports, anonymous ones
 * included, through their keys, which only the app can compute (see {@link ReporterKeys}).
 */
@ApplicationScoped
public class PainReports {

    private final ReporterKeys keys;

    PainReports(ReporterKeys keys) {
        this.keys = keys;
    }

    /** Files a new report; a second one on the same process in the same cycle is refused. */
    @Transactional
    public PainReport file(long employeeId, long cycleId, PainReportInput input) {
        ReviewCycle cycle = ReviewCycle.requireOpen(cycleId, "reports are frozen");
        BusinessProcess process = BusinessProcess.findByName(input.process()).filter(p -> p.active).orElseThrow(() ->
                Refusal.invalid("process", "There is no active process named “" + input.process() + "” to report on."));
        Employee employee = Employee.findById(employeeId);
        String key = keys.of(cycle.id, process.id, employee.id);
        if (PainReport.findById(key) != null) {
            throw alreadyFiled(process);
        }
        PainReport report = new PainReport();
        report.key = key;
        report.cycle = cycle;
        report.process = process;
        report.team = employee.team;
        report.filedOn = today();
        apply(report, input, employee);
        try {
            report.persistAndFlush();
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                throw alreadyFiled(process);
            }
            throw e;
        }
        return report;
    }

    /** Changes the employee's report on the process; switching it to anonymous removes their name from it. */
    @Transactional
    public PainReport edit(long employeeId, long cycleId, long processId, PainReportInput input) {
        ReviewCycle cycle = ReviewCycle.requireOpen(cycleId, "reports are frozen");
        Employee employee = Employee.findById(employeeId);
        PainReport report = own(employee.id, cycle, process(processId))
                .orElseThrow(() -> Refusal.notFound("You have no report on this process in this cycle."));
        apply(report, input, employee);
        return report;
    }

    /** The employee's report on the process in the cycle, if they filed one. */
    public Optional<PainReport> own(long employeeId, ReviewCycle cycle, BusinessProcess process) {
        return PainReport.findByIdOptional(keys.of(cycle.id, process.id, employeeId));
    }

    /** The employee's reports in the cycle, by process name. */
    public List<PainReport> own(long employeeId, ReviewCycle cycle) {
        return ownIn(employeeId, List.of(cycle));
    }

    /** The employee's reports in closed cycles, newest cycle first. */
    public List<PainReport> ownFrozen(long employeeId) {
        return ownIn(employeeId, ReviewCycle.listClosed());
    }

    /** The employee's reports in the cycles: their key for every process in each cycle, looked up at once. */
    private List<PainReport> ownIn(long employeeId, List<ReviewCycle> cycles) {
        List<Long> processes = BusinessProcess.<BusinessProcess>listAll().stream().map(p -> p.id).toList();
        List<String> candidates = cycles.stream()
                .flatMap(cycle -> processes.stream().map(process -> keys.of(cycle.id, process, employeeId)))
                .toList();
        return PainReport.listByKeys(candidates);
    }

    /** The day in UTC: a report keeps no time of day, which could be matched against sign-ins. */
    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public static BusinessProcess process(long id) {
        return Optional.ofNullable(BusinessProcess.<BusinessProcess>findById(id))
                .orElseThrow(() -> Refusal.notFound("There is no process " + id + "."));
    }


    private static void apply(PainReport report, PainReportInput input, Employee employee) {
        report.timeWasted = input.timeWasted();
        report.tools = input.tools();
        report.handoffs = input.handoffs();
        report.rules = input.rules();
        report.customerPressure = input.customerPressure();
        report.hoursLostPerWeek = input.hoursLostPerWeek();
        report.fix = input.fix();
        report.anonymous = input.anonymous();
        report.employee = input.anonymous() ? null : employee;
        report.changedOn = today();
    }

    private static Refusal alreadyFiled(BusinessProcess process) {
        return Refusal.duplicate("process", "You have already filed a report on “" + process.name
                + "” in this cycle. Edit that one instead.");
    }
}
