package org.twoway.friction;

import io.quarkus.qute.TemplateExtension;
import org.twoway.system.PathTemplate;

/**
 * Links to processes, a cycle's friction and an employee's pain reports, for templates: {@code {uri:processes}}, each
 * path taken from {@link FrictionPages}, {@link PainReportPages}, {@link ProcessPages}, {@link ProcessActionPages}.
 */
@TemplateExtension(namespace = PathTemplate.NAMESPACE, priority = 6)
public class FrictionUris {

    private static final PathTemplate PROCESSES = PathTemplate.of(ProcessPages.class);
    private static final PathTemplate NEW_PROCESS = PathTemplate.of(ProcessPages.class, "showNew");
    private static final PathTemplate EDIT_PROCESS = PathTemplate.of(ProcessPages.class, "showEdit");
    private static final PathTemplate UPDATE_PROCESS = PathTemplate.of(ProcessPages.class, "update");
    private static final PathTemplate DEACTIVATE_PROCESS = PathTemplate.of(ProcessPages.class, "deactivate");
    private static final PathTemplate ACTIVATE_PROCESS = PathTemplate.of(ProcessPages.class, "activate");
    private static final PathTemplate FRICTION = PathTemplate.of(FrictionPages.class);
    private static final PathTemplate PAIN_REPORT = PathTemplate.of(PainReportPages.class);
    private static final PathTemplate PROCESS_ACTIONS = PathTemplate.of(ProcessActionPages.class);
    private static final PathTemplate MOVE_PROCESS_ACTION = PathTemplate.of(ProcessActionPages.class, "move");

    /** The list, and where the form of a new process posts. */
    static String processes() {
        return PROCESSES.with();
    }

    static String newProcess() {
        return NEW_PROCESS.with();
    }

    static String editProcess(long id) {
        return EDIT_PROCESS.with(id);
    }

    static String updateProcess(long id) {
        return UPDATE_PROCESS.with(id);
    }

    static String deactivateProcess(long id) {
        return DEACTIVATE_PROCESS.with(id);
    }

    static String activateProcess(long id) {
        return ACTIVATE_PROCESS.with(id);
    }

    /** A cycle's friction overview. */
    static String friction(long cycleId) {
        return FRICTION.with(cycleId);
    }

    /** The form of a pain report, and where it posts. */
    static String painReport(long cycleId, long processId) {
        return PAIN_REPORT.with(cycleId, processId);
    }

    /** A cycle's process actions, and where the form of a new one posts. */
    static String processActions(long cycleId) {
        return PROCESS_ACTIONS.with(cycleId);
    }

    /** The list with the record form set to the process, as a process's own page links to it. */
    static String processActionFor(long cycleId, long processId) {
        return PROCESS_ACTIONS.with(cycleId) + "?process=" + processId + "#record";
    }

    static String moveProcessAction(long cycleId, long actionId) {
        return MOVE_PROCESS_ACTION.with(cycleId, actionId);
    }
}
