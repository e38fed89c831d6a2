package org.twoway.loop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.twoway.people.Employee;
import org.twoway.people.UserAccount;

/** A follow-up's history in words, oldest first: how it opened, who owned it when, who joined, contacted and closed it. */
final class FollowUpTimeline {

    /** One step: when, what happened, and who did it (empty when the app did, as on a deactivation). */
    public record Step(Instant at, String what, String who) {
    }

    private FollowUpTimeline() {
    }

    static List<Step> of(FollowUp followUp) {
        List<FollowUpEvent> events = FollowUpEvent.history(followUp.id);
        String first = name(events.stream().filter(e -> e.kind == EventKind.OWNER).findFirst()
                .map(e -> e.from).orElse(followUp.owner));
        List<Step> steps = new ArrayList<>();
        steps.add(followUp.source == FollowUpSource.ANSWER
                ? new Step(followUp.openedAt, "Opened by the customer’s answer, for " + first, "")
                : new Step(followUp.openedAt, "The customer came " + followUp.cameVia.label + " to "
                        + name(followUp.recordedBy) + "; opened for " + first, name(followUp.recordedBy)));
        for (FollowUpEvent event : events) {
            steps.add(new Step(event.at, what(event, followUp), name(event.actor)));
        }
        return steps;
    }

    private static String what(FollowUpEvent event, FollowUp followUp) {
        return switch (event.kind) {
            case OWNER -> event.employee == null ? "Left by " + name(event.from) + " (deactivated): unowned"
                    : event.from == null ? "Handed to " + event.employee.name
                    : "Handed from " + event.from.name + " to " + event.employee.name;
            case SUPPORT -> (event.employee == null ? "HR" : event.employee.name) + " asked to join, as support";
            case CONTACT -> "First contact " + followUp.contactChannel.label
                    + (Boolean.TRUE.equals(followUp.contactByOther) ? ", by someone other than the owner" : "");
            case CLOSE -> "Closed: " + followUp.outcome.label;
        };
    }

    private static String name(Employee employee) {
        return employee == null ? "nobody" : employee.name;
    }

    static String name(UserAccount account) {
        if (account == null) {
            return "";
        }
        return account.employee == null ? account.email : account.employee.name;
    }
}
