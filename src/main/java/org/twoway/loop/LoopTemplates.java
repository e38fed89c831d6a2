package org.twoway.loop;

import io.quarkus.qute.TemplateExtension;
import java.util.List;

/**
 * What the loop shows on pages of lower packages, which cannot import it: {@code {loop:unowned(cycle.id)}} on HR's
 * cycle hub.
 */
@TemplateExtension(namespace = "loop")
public class LoopTemplates {

    /** A cycle's open follow-ups that nobody owns, the earliest due first. */
    static List<FollowUp> unowned(long cycleId) {
        return FollowUp.listUnowned(cycleId);
    }
}
