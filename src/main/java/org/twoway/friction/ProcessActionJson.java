package org.twoway.friction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A process action as the API shows it (api.md, "Closing the loop"): the process by name, what will change, who
 * carries it, by when, how far it got and when it got there. Nothing about who reported pain on the process, nor
 * who wrote the action down: every employee reads it.
 */
public record ProcessActionJson(long id, long cycle, String process, String what, String carriedBy, LocalDate due,
        ActionState state, Instant recorded, Instant started, Instant done) {

    static ProcessActionJson of(ProcessAction a) {
        return new ProcessActionJson(a.id, a.cycle.id, a.process.name, a.what, a.carriedBy, a.dueOn, a.state, a.recordedAt,
                a.startedAt, a.doneAt);
    }

    static List<ProcessActionJson> of(List<ProcessAction> actions) {
        return actions.stream().map(ProcessActionJson::of).toList();
    }
}
