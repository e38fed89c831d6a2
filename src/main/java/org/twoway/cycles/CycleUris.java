package org.twoway.cycles;

import io.quarkus.qute.TemplateExtension;
import org.twoway.system.PathTemplate;

/** Links to the review cycles, for templates: {@code {uri:cycles}}, each path taken from {@link CyclePages}. */
@TemplateExtension(namespace = PathTemplate.NAMESPACE, priority = 3)
public class CycleUris {

    private static final PathTemplate CYCLES = PathTemplate.of(CyclePages.class);
    private static final PathTemplate NEW_CYCLE = PathTemplate.of(CyclePages.class, "showNew");
    private static final PathTemplate CYCLE = PathTemplate.of(CyclePages.class, "show");
    private static final PathTemplate EDIT_CYCLE = PathTemplate.of(CyclePages.class, "showEdit");
    private static final PathTemplate UPDATE_CYCLE = PathTemplate.of(CyclePages.class, "update");
    private static final PathTemplate OPEN_CYCLE = PathTemplate.of(CyclePages.class, "open");
    private static final PathTemplate CONFIRM_CLOSE_CYCLE = PathTemplate.of(CyclePages.class, "confirmClose");
    private static final PathTemplate CLOSE_CYCLE = PathTemplate.of(CyclePages.class, "close");

    /** The list, and where the form of a new cycle posts. */
    static String cycles() {
        return CYCLES.with();
    }

    static String newCycle() {
        return NEW_CYCLE.with();
    }

    /** A cycle's hub. */
    static String cycle(long id) {
        return CYCLE.with(id);
    }

    static String editCycle(long id) {
        return EDIT_CYCLE.with(id);
    }

    static String updateCycle(long id) {
        return UPDATE_CYCLE.with(id);
    }

    static String openCycle(long id) {
        return OPEN_CYCLE.with(id);
    }

    static String confirmCloseCycle(long id) {
        return CONFIRM_CLOSE_CYCLE.with(id);
    }

    static String closeCycle(long id) {
        return CLOSE_CYCLE.with(id);
    }
}
