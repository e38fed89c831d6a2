package org.twoway.reports;

import static org.twoway.reports.Table.Cell.link;
import static org.twoway.reports.Table.Cell.number;
import static org.twoway.reports.Table.Cell.text;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.twoway.customers.Customer;
import org.twoway.customers.HoursAgainstEntitlement;
import org.twoway.effort.EffortQueries;
import org.twoway.feedback.RatingQueries;
import org.twoway.scoring.CustomerReport;
import org.twoway.scoring.CycleReport;
import org.twoway.scoring.Flag;
import org.twoway.scoring.SubjectType;
import org.twoway.special.SpecialQueries;
import org.twoway.special.SpecialSituation;
import org.twoway.system.Numbers;
import org.twoway.system.Refusal;
import org.twoway.system.Role;
import org.twoway.system.TemplateExtensions;

/**
 * One customer in one cycle: the hours it received against its tier's entitlement beside what the tier says in
 * writing and what was promised beyond it (its special situations and HR's decisions), who served it, what it
 * answered, and the flags about it. Three queries add this customer's own rows to the report.
 */
@Path("/hr/cycles/{id}/customers/{customerId}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.HR)
public class CustomerReportPage {

    @TemplateData
    public record View(CycleReport report, Customer customer, CustomerReport line, HoursAgainstEntitlement usage,
            Table special, Table servedBy, Table answers, Table flags) {

        public List<Table> tables() {
            return List.of(special, servedBy, answers, flags);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance customer(View view);
    }

    private final CycleReports reports;
    private final Subjects subjects;
    private final RatingQueries ratings;
    private final EffortQueries effort;
    private final TableDownloads downloads;

    CustomerReportPage(CycleReports reports, Subjects subjects, RatingQueries ratings, EffortQueries effort,
            TableDownloads downloads) {
        this.reports = reports;
        this.downloads = downloads;
        this.subjects = subjects;
        this.ratings = ratings;
        this.effort = effort;
    }

    @GET
    @Transactional
    public Response show(@RestPath long id, @RestPath long customerId, @RestQuery String sort, @RestQuery String dir,
            @RestQuery String csv, @RestQuery String all) {
        View view = view(id, customerId, new PageQuery(ReportUris.customerReport(id, customerId), sort, dir).showAll(all));
        if (csv != null) {
            return downloads.csv(csv, view.tables(), "twoway-cycle-" + id + "-customer-" + customerId);
        }
        return Response.ok(Templates.customer(view)).build();
    }

    private View view(long cycleId, long customerId, PageQuery query) {
        CycleReport report = reports.of(cycleId);
        Customer customer = Customer.findById(customerId);
        if (customer == null) {
            throw Refusal.notFound("There is no customer " + customerId + ".");
        }
        CustomerReport line = report.customers().stream().filter(c -> c.ref().equals(customer.ref)).findFirst()
                .orElseThrow(() -> Refusal.notFound(customer.name + " is not in the report of " + report.cycle().name()
                        + ": it was neither served nor answered in it, nor promised anything beyond its tier."));
        Subjects.Links links = subjects.links(cycleId, List.of(customer.ref));

        Map<String, long[]> rated = new HashMap<>();
        ratings.byEmployee(cycleId, customerId)
                .forEach(about -> rated.put(about.email(), new long[] {about.responses(), about.sumOfThree()}));
        Table servedBy = new Table("served", "Who served " + customer.name, query)
                .column("employee", "Employee").column("team", "Team").numeric("hours", "Hours")
                .numeric("share", "Share of the customer’s hours").numeric("responses", "Responses about them")
                .numeric("mean", "Mean of the three questions");
        Map<String, String> teams = new HashMap<>();
        report.employees().forEach(e -> teams.put(e.email(), e.team()));
        List<EffortQueries.Hours> served = effort.byEmployee(cycleId, customerId);
        Map<String, String> names = new HashMap<>();
        report.employees().forEach(e -> names.put(e.email(), e.name()));
        Set<String> listed = new HashSet<>();
        for (EffortQueries.Hours row : served) {
            String email = row.key();
            double hours = row.hours().doubleValue();
            listed.add(email);
            servedRow(servedBy, links, email, row.name(), teams.get(email), hours, line.hours(), rated.get(email));
        }
        rated.keySet().stream().filter(email -> !listed.contains(email)).sorted().forEach(email ->
                servedRow(servedBy, links, email, names.getOrDefault(email, email), teams.get(email), 0, line.hours(),
                        rated.get(email)));

        Table answers = new Table("answers", "What " + customer.name + " answered", query)
                .column("about", "About").numeric("quickly", "Responded quickly").numeric("solved", "Solved the problem")
                .numeric("promises", "Kept promises").numeric("company", "Easy to work with")
                .column("firstContact", "Contacts first").column("comment", "Comment").column("at", "Answered");
        ratings.answers(cycleId, customerId).forEach(row -> {
            String href = links.employee(row.email());
            answers.row(href == null ? text(row.employee()) : link(row.employee(), href),
                    answer(row.responsiveness()), answer(row.solved()), answer(row.promises()), answer(row.company()),
                    text(firstContact(row.firstContact().name())), text(row.comment()),
                    text(TemplateExtensions.minutes(row.at())));
        });

        Table special = new Table("special", "Promised beyond the " + line.tier() + " tier", query)
                .column("what", "What was promised").numeric("hours", "Estimated hours").column("promisedBy", "Promised by")
                .column("decision", "HR’s decision").column("reason", "Reason");
        for (SpecialSituation situation : SpecialQueries.ofCustomer(cycleId, customerId)) {
            double hours = situation.hours.doubleValue();
            special.row(text(situation.what), number(hours, Numbers.hours(hours), Numbers.NONE), text(situation.promiser()),
                    text(situation.isDecided() ? situation.decision.label : "waiting for HR’s decision"),
                    text(situation.reason));
        }

        List<Flag> flags = report.flags().stream().filter(f -> (f.subjectType() == SubjectType.CUSTOMER
                && f.subject().equals(customer.ref)) || customer.ref.equals(f.evidence().get("customer"))).toList();
        return new View(report, customer, line,
                new HoursAgainstEntitlement(BigDecimal.valueOf(line.hours()), BigDecimal.valueOf(line.entitledHours())),
                special.sorted(), servedBy.sorted(), answers.sorted(), ReportTables.flags(query, flags, report).sorted().linked(subjects, cycleId));
    }

    private static void servedRow(Table table, Subjects.Links links, String email, String name, String team, double hours,
            double customerHours, long[] rated) {
        String href = links.employee(email);
        Double share = customerHours == 0 ? null : hours / customerHours;
        Double mean = rated == null ? null : rated[1] / (3.0 * rated[0]);
        table.row(href == null ? text(name) : link(name, href), text(team), number(hours, Numbers.hours(hours), Numbers.NONE),
                number(share, Numbers.percent(share), Numbers.NONE),
                number(rated == null ? 0 : rated[0], Long.toString(rated == null ? 0 : rated[0]), Numbers.NONE),
                number(mean, Numbers.mean(mean), Numbers.NONE));
    }

    private static Table.Cell answer(int answer) {
        return number(answer, Integer.toString(answer), Numbers.NONE);
    }

    private static String firstContact(String answer) {
        return switch (answer) {
            case "PERSON" -> "the person";
            case "CHANNEL" -> "the support channel";
            default -> "a manager or the owner";
        };
    }
}
