package org.twoway.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PEOPLE_FIRST_GAP: a team or process is not "people first AND customer obsessed". Margin: how
 * far the lower of CS and EX (the side, or the worse side, below the threshold) is below
 * quadrantThreshold, relative to it.
 */
final class PeopleFirstGapRule {

    private PeopleFirstGapRule() {
    }

    /**
     * @param subjectType {@link SubjectType#TEAM} or {@link SubjectType#PROCESS}
     * @param exAsOf      the closed cycle EX comes from when it is not the reported cycle's own, else null
     */
    static List<RankedFlag> find(List<GroupReport> groups, SubjectType subjectType, ScoringRules rules, String exAsOf) {
        List<RankedFlag> flags = new ArrayList<>();
        for (GroupReport group : groups) {
            Quadrant quadrant = group.quadrant();
            if (quadrant == null || quadrant == Quadrant.PEOPLE_FIRST_AND_CUSTOMER_OBSESSED) {
                continue;
            }
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("quadrant", quadrant.name());
            evidence.put("cs", group.cs());
            evidence.put("ex", group.ex());
            evidence.put("and", group.and());
            Severity severity = quadrant == Quadrant.CUSTOMERS_UNDERSERVED ? Severity.WARNING : Severity.HIGH;
            Flag flag = new Flag(FlagCode.PEOPLE_FIRST_GAP, severity, subjectType, group.name(), evidence,
                    message(group, subjectType, rules, exAsOf));
            double lower = Math.min(group.cs(), group.ex());
            flags.add(new RankedFlag(flag, -RankedFlag.relativeMargin(lower, rules.quadrantThreshold())));
        }
        return flags;
    }

    private static String message(GroupReport group, SubjectType subjectType, ScoringRules rules, String exAsOf) {
        boolean team = subjectType == SubjectType.TEAM;
        String subject = team ? "Team " + group.name() : "The " + group.name() + " process";
        String people = team ? "its people" : "the people working in it";
        String cs = "CS " + Wording.measure(group.cs());
        String ex = "EX " + Wording.measure(group.ex()) + (exAsOf == null ? "" : " as of " + exAsOf);
        String opening = subject + " is " + group.quadrant().description() + ": ";
        return opening + switch (group.quadrant()) {
            case CUSTOMER_FIRST_SUCKER_PUNCH -> "customers are happy (" + cs + ") but " + people
                    + " are hurting (" + ex + ").";
            case CUSTOMERS_UNDERSERVED -> people + " are well (" + ex + ") but customers are not (" + cs + ").";
            default -> "customers (" + cs + ") and " + people + " (" + ex + ") are both below "
                    + Wording.measure(rules.quadrantThreshold()) + ".";
        };
    }
}
