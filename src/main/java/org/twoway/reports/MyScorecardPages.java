package org.twoway.reports;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.twoway.cycles.ReviewCycle;
import org.twoway.effort.EffortQueries;
import org.twoway.feedback.RatingQueries;
import org.twoway.people.CurrentEmployee;
import org.twoway.people.Employee;
import org.twoway.scoring.CycleReport;
import org.twoway.scoring.EmployeeReport;
import org.twoway.system.Paging;
import org.twoway.system.Role;

/**
 * An employee's own scorecards, one per closed cycle they took part in. The path names only the
 * cycle: whose scorecard it is comes from the sign-in, so no one can ask for another's.
 */
@Path("/me/scorecards")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.EMPLOYEE)
public class MyScorecardPages {

    /** Closed cycles a page, of those the employee took part in (was rated or recorded hours): each needs its report, and as many as {@code twoway.reports.kept-cycles} stay kept. */
    private static final int CYCLES_A_PAGE = 12;

    @TemplateData
    public record Line(ReviewCycle cycle, EmployeeReport line) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Employee employee, List<Line> cycles, Paging paging);

        static native TemplateInstance scorecard(Scorecards.View view);
    }

    private final CurrentEmployee me;
    private final Scorecards scorecards;
    private final CycleReports reports;
    private final TableDownloads downloads;
    private final RatingQueries ratings;
    private final EffortQueries effort;

    MyScorecardPages(CurrentEmployee me, Scorecards scorecards, CycleReports reports, TableDownloads downloads,
            RatingQueries ratings, EffortQueries effort) {
        this.me = me;
        this.ratings = ratings;
        this.effort = effort;
        this.downloads = downloads;
        this.scorecards = scorecards;
        this.reports = reports;
    }

    @GET
    @Transactional
    public TemplateInstance list(@RestQuery @DefaultValue("1") int page) {
        Employee employee = me.get();
        Set<Long> tookPart = new HashSet<>(ratings.cyclesRating(employee.id));
        tookPart.addAll(effort.cyclesWithHours(employee.id));
        Paging paging = Paging.of(page, ReviewCycle.countClosedAmong(tookPart), CYCLES_A_PAGE);
        List<Line> lines = new ArrayList<>();
        for (ReviewCycle cycle : ReviewCycle.listClosedAmong(tookPart, paging)) {
            CycleReport report = reports.of(cycle.id);
            report.employees().stream().filter(e -> e.email().equals(employee.email)).findFirst()
                    .ifPresent(line -> lines.add(new Line(cycle, line)));
        }
        return Templates.list(employee, lines, paging);
    }

    @GET
    @Path("{cycleId}")
    @Transactional
    public Response show(@RestPath long cycleId, @RestQuery String sort, @RestQuery String dir, @RestQuery String csv,
            @RestQuery String all) {
        Scorecards.View view = scorecards.own(cycleId, me.id(), sort, dir, all);
        if (csv != null) {
            return downloads.csv(csv, view.tables(), "twoway-my-scorecard-" + cycleId);
        }
        return Response.ok(Templates.scorecard(view)).build();
    }
}
