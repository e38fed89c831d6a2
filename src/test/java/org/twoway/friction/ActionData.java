package org.twoway.friction;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.time.LocalDate;
import org.twoway.Browser;
import org.twoway.cycles.ReviewCycle;
import org.twoway.people.UserAccount;

/** Process actions for page tests, written straight into the database (a closed cycle's too). */
public final class ActionData {

    private ActionData() {
    }

    /** An action on the process in the cycle, in the state given; a done one was done at the instant given. */
    public static ProcessAction action(ReviewCycle cycle, BusinessProcess process, String what, ActionState state,
            Instant doneAt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ProcessAction action = new ProcessAction();
            action.cycle = ReviewCycle.findById(cycle.id);
            action.process = BusinessProcess.findById(process.id);
            action.what = what;
            action.carriedBy = "the finance lead";
            action.dueOn = LocalDate.of(2030, 6, 30);
            action.state = state;
            action.recordedBy = UserAccount.findByEmail(Browser.HR_EMAIL).orElseThrow();
            action.recordedAt = Instant.now();
            action.startedAt = state == ActionState.PLANNED ? null : Instant.now();
            action.doneAt = state == ActionState.DONE ? doneAt : null;
            action.persist();
            return action;
        });
    }

    public static ProcessAction find(long id) {
        return QuarkusTransaction.requiringNew().call(() -> ProcessAction.<ProcessAction>findById(id));
    }

    public static long count(BusinessProcess process) {
        return QuarkusTransaction.requiringNew().call(() -> ProcessAction.count("process.id", process.id));
    }
}
