package org.twoway.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PAIN_UNANSWERED: people say a process hurts (its EX, as the report shows it, is below quadrantThreshold) and no
 * action on it was recorded in the cycle or in the one that EX comes from, so nothing tells them anyone listened.
 * Margin: how far EX is below the threshold, relative to it.
 */
final class PainUnansweredRule {

    private PainUnansweredRule() {
    }

    /** @param exAsOf the closed cycle EX comes from when it is not the reported cycle's own, else null */
    static List<RankedFlag> find(List<GroupReport> processes, CycleFacts facts, String exAsOf) {
        double threshold = facts.rules().quadrantThreshold();
        Map<String, PainGroup> earlier = facts.earlierPain().processesByName();
        List<RankedFlag> flags = new ArrayList<>();
        for (GroupReport process : processes) {
            Double ex = process.ex();
            if (ex == null || ex >= threshold || facts.actedOn().contains(process.name())) {
                continue;
            }
            PainGroup before = earlier.get(process.name());
            Double previousEx = before == null ? null : before.experience();
            boolean again = previousEx != null && previousEx < threshold;
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("ex", ex);
            evidence.put("previousEx", previousEx);
            evidence.put("actions", 0L);
            String message = "The " + process.name() + " process hurts the people working in it (EX "
                    + Wording.measure(ex) + (exAsOf == null ? "" : " as of " + exAsOf) + ", below "
                    + Wording.measure(threshold) + (again ? "; " + Wording.measure(previousEx) + " in "
                    + facts.earlierPain().from().name() + " before it" : "")
                    + "), and no action on it has been recorded: nothing tells them that anyone listened.";
            Flag flag = new Flag(FlagCode.PAIN_UNANSWERED, again ? Severity.HIGH : Severity.WARNING, SubjectType.PROCESS,
                    process.name(), evidence, message);
            flags.add(new RankedFlag(flag, -RankedFlag.relativeMargin(ex, threshold)));
        }
        return flags;
    }
}
