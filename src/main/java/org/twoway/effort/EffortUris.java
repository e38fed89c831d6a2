package org.twoway.effort;

import io.quarkus.qute.TemplateExtension;
import org.twoway.system.PathTemplate;

/**
 * Links to a cycle's effort, its import and an employee's own entries, for templates: {@code {uri:effort(cycleId)}},
 * each path taken from {@link EffortEntryPages}, {@link EffortImportPages}, {@link EffortPages}.
 */
@TemplateExtension(namespace = PathTemplate.NAMESPACE, priority = 5)
public class EffortUris {

    private static final PathTemplate EFFORT = PathTemplate.of(EffortPages.class);
    private static final PathTemplate EFFORT_IMPORT = PathTemplate.of(EffortImportPages.class);
    private static final PathTemplate CONFIRM_EFFORT_IMPORT = PathTemplate.of(EffortImportPages.class, "confirm");
    private static final PathTemplate EFFORT_IMPORT_JOB = PathTemplate.of(EffortImportPages.class, "progress");
    private static final PathTemplate NEW_EFFORT = PathTemplate.of(EffortEntryPages.class, "showNew");
    private static final PathTemplate ADD_EFFORT = PathTemplate.of(EffortEntryPages.class);
    private static final PathTemplate EDIT_EFFORT = PathTemplate.of(EffortEntryPages.class, "showEdit");
    private static final PathTemplate UPDATE_EFFORT = PathTemplate.of(EffortEntryPages.class, "update");
    private static final PathTemplate DELETE_EFFORT = PathTemplate.of(EffortEntryPages.class, "delete");

    /** A cycle's hours by customer. */
    static String effort(long cycleId) {
        return EFFORT.with(cycleId);
    }

    /** The upload form, and where it posts. */
    static String effortImport(long cycleId) {
        return EFFORT_IMPORT.with(cycleId);
    }

    static String confirmEffortImport(long cycleId, String uploadId) {
        return CONFIRM_EFFORT_IMPORT.with(cycleId, uploadId);
    }

    /** An import's progress. */
    static String effortImportJob(long cycleId, String jobId) {
        return EFFORT_IMPORT_JOB.with(cycleId, jobId);
    }

    static String newEffort() {
        return NEW_EFFORT.with();
    }

    /** Where the form of a new entry posts. */
    static String addEffort() {
        return ADD_EFFORT.with();
    }

    static String editEffort(long id) {
        return EDIT_EFFORT.with(id);
    }

    static String updateEffort(long id) {
        return UPDATE_EFFORT.with(id);
    }

    static String deleteEffort(long id) {
        return DELETE_EFFORT.with(id);
    }
}
