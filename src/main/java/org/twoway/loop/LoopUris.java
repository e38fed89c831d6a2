package org.twoway.loop;

import io.quarkus.qute.TemplateExtension;
import org.twoway.system.PathTemplate;

/** Links to the loop's pages, for templates ({@code {uri:handover(id)}}) and redirects, paths from the resources. */
@TemplateExtension(namespace = PathTemplate.NAMESPACE, priority = 10)
public class LoopUris {

    private static final PathTemplate HANDOVER = PathTemplate.of(HandoverPage.class);
    private static final PathTemplate HAND_OVER = PathTemplate.of(HandoverPage.class, "handOver");

    /** What a departed employee left for HR to hand on. */
    static String handover(long employeeId) {
        return HANDOVER.with(employeeId);
    }

    static String handOver(long employeeId, long followUpId) {
        return HAND_OVER.with(employeeId, followUpId);
    }
}
