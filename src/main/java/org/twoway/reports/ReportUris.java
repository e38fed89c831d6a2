package org.twoway.reports;

import io.quarkus.qute.TemplateExtension;
import org.twoway.system.PathTemplate;

/**
 * Links to a cycle's report, comparisons and scorecards, for templates: {@code {uri:report(cycleId)}}, each path taken
 * from {@link ComparePage}, {@link CustomerReportPage}, {@link DashboardPage}, {@link MyScorecardPages}.
 */
@TemplateExtension(namespace = PathTemplate.NAMESPACE, priority = 9)
public class ReportUris {

    private static final PathTemplate REPORT = PathTemplate.of(DashboardPage.class);
    private static final PathTemplate COMPARE = PathTemplate.of(ComparePage.class);
    private static final PathTemplate CUSTOMER_REPORT = PathTemplate.of(CustomerReportPage.class);
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

    static String myScorecards() {
        return MY_SCORECARDS.with();
    }

    static String myScorecard(long cycleId) {
        return MY_SCORECARD.with(cycleId);
    }
}
