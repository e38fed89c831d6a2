package org.twoway.special;

import io.quarkus.qute.TemplateExtension;
import org.twoway.system.PathTemplate;

/**
 * Links to special situations' pages, for templates ({@code {uri:specialSituation(id)}}) and redirects, each path
 * taken from {@link SpecialSituationPage} and {@link CycleSpecialSituationsPage}.
 */
@TemplateExtension(namespace = PathTemplate.NAMESPACE, priority = 11)
public class SpecialUris {

    private static final PathTemplate RECORD = PathTemplate.of(SpecialSituationPage.class);
    private static final PathTemplate NEW = PathTemplate.of(SpecialSituationPage.class, "showForm");
    private static final PathTemplate SITUATION = PathTemplate.of(SpecialSituationPage.class, "show");
    private static final PathTemplate DECIDE = PathTemplate.of(SpecialSituationPage.class, "decide");
    private static final PathTemplate CYCLE_SITUATIONS = PathTemplate.of(CycleSpecialSituationsPage.class);

    /** "Record a special situation": the form, and where it posts. */
    static String newSpecialSituation() {
        return NEW.with();
    }

    static String specialSituations() {
        return RECORD.with();
    }

    /** One special situation's page, and where HR's decision on it posts. */
    static String specialSituation(long id) {
        return SITUATION.with(id);
    }

    static String decideSpecialSituation(long id) {
        return DECIDE.with(id);
    }

    /** HR's list of a cycle's special situations. */
    static String cycleSpecialSituations(long cycleId) {
        return CYCLE_SITUATIONS.with(cycleId);
    }
}
