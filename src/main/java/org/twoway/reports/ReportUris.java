package org.twoway.reports;

import io.quarkus.qute.TemplateExtension;
import org.twoway.system.PathTemplate;

/**
 * Links to a cycle's report, comparisons and scorecards, for templates: {@code {uri:report(cycleId)}}, each path taken
 * from {@link ComparePage}, {@link CustomerReportPage}, {@link DashboardPage}, {@link MyScorecardPages},
 * {@link ProcessReportPage}, {@link ScorecardPage}, {@link TeamReportPage}.
 */
@TemplateExtension(namespace = PathTemplate.NAMESPACE, priority = 9)
public class ReportUris {

    private static final PathTemplate REPORT = PathTemplate.of(DashboardPage.class);
    private static final PathTemplate COMPARE = PathTemplate.of(ComparePage.class);
    private static final PathTemplate CUSTOMER_REPORT = PathTemplate.of(CustomerReportPage.class);
    private static final PathTemplate SCORECARD = PathTemplate.of(ScorecardPage.class);
    private static final PathTemplate TEAM_REPORT = PathTemplate.of(TeamReportPage.class);
    private static final PathTemplate PROCESS_REPORT = PathTemplate.of(ProcessReportPage.class);
    private static final PathTemplate MY_SCORECARDS = PathTemplate.of(MyScorecardPages.class);
    private static final PathTemplate MY_SCORECARD = PathTemplate.of(MyScorecardPages.class, "show");

    /** A cycle's dashboard. */
    static String report(long cycleId) {
        return REPORT.with(cycleId);
    }

    static String compare() {
        return COMPARE.with();
    }

    static String customerReport(long cycleId, long customerId) {
        return CUSTOMER_REPORT.with(cycleId, customerId);
    }

    /** An employee's scorecard in a cycle, as HR sees it. */
    static String scorecard(long cycleId, long employeeId) {
        return SCORECARD.with(cycleId, employeeId);
    }

    /** A team's page in a cycle's report. */
    static String teamReport(long cycleId, long teamId) {
        return TEAM_REPORT.with(cycleId, teamId);
    }

    /** A process's page in a cycle's report. */
    static String processReport(long cycleId, long processId) {
        return PROCESS_REPORT.with(cycleId, processId);
    }

    static String myScorecards() {
        return MY_SCORECARDS.with();
    }

    static String myScorecard(long cycleId) {
        return MY_SCORECARD.with(cycleId);
    }
}
