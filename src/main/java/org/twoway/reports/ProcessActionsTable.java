package org.twoway.reports;

import static org.twoway.reports.Table.Cell.number;
import static org.twoway.reports.Table.Cell.text;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.twoway.cycles.ReviewCycle;
import org.twoway.friction.BusinessProcess;
import org.twoway.friction.ProcessAction;
import org.twoway.scoring.PainGroup;
import org.twoway.system.Numbers;

/**
 * "You said, we did" on a process's page: the actions HR recorded on the process in the page's cycle and the cycles
 * before it, each with the process's EX as published by the closed cycle before the action's ("before") and by the
 * action's own cycle when it closed ("after"). Published figures only, hidden where their publication hid them, so
 * that the table tells nothing about who reported, as an action itself never does.
 */
final class ProcessActionsTable {

    static final String NOT_PUBLISHED = "not published yet";
    static final String NONE_PUBLISHED = "none published";

    private ProcessActionsTable() {
    }

    /** @param published the process's figures by the id of the closed cycle that published them */
    static Table of(PageQuery query, ReviewCycle cycle, BusinessProcess process, Map<Long, PainGroup> published) {
        List<ReviewCycle> closed = ReviewCycle.listClosed().stream()
                .sorted(Comparator.comparing((ReviewCycle c) -> c.startsOn).reversed()).toList();
        Table table = new Table("actions", "What HR said will change about " + process.name, query)
                .column("cycle", "Cycle").column("what", "What will change").column("carriedBy", "Carried by")
                .column("due", "Due").column("state", "State").numeric("exBefore", "EX before")
                .numeric("exAfter", "EX after");
        for (ProcessAction action : ProcessAction.listOfProcess(process.id)) {
            if (action.cycle.startsOn.isAfter(cycle.startsOn)) {
                continue;
            }
            ReviewCycle before = closed.stream().filter(c -> c.startsOn.isBefore(action.cycle.startsOn)).findFirst()
                    .orElse(null);
            table.row(text(action.cycle.name), text(action.what), text(action.carriedBy), text(action.dueOn.toString()),
                    text(action.state.label), ex(before, published, NONE_PUBLISHED),
                    ex(action.cycle.isClosed() ? action.cycle : null, published, NOT_PUBLISHED));
        }
        return table;
    }

    /** The process's EX as {@code from} published it, with that cycle's name; {@code missing} without a cycle. */
    private static Table.Cell ex(ReviewCycle from, Map<Long, PainGroup> published, String missing) {
        if (from == null) {
            return number(null, null, missing);
        }
        PainGroup group = published.get(from.id);
        if (group == null) {
            return number(null, null, NONE_PUBLISHED);
        }
        Double ex = group.experience();
        return number(ex, Numbers.measure(ex) + " (" + from.name + ")", Words.HIDDEN);
    }
}
