package org.twoway.special;

import io.quarkus.qute.TemplateExtension;

/**
 * What special situations show on pages of lower packages, which cannot import them: {@code {special:waiting(cycle.id)}}
 * on HR's cycle hub.
 */
@TemplateExtension(namespace = "special")
public class SpecialTemplates {

    /** How many of the cycle's special situations wait for HR's decision. */
    static long waiting(long cycleId) {
        return SpecialSituation.countWaiting(cycleId);
    }
}
