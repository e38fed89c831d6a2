package org.twoway.scoring;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Runs every flag rule and puts the flags in report order. */
final class Flags {

    private Flags() {
    }

    /** @param exAsOf the closed cycle EX comes from when it is not the reported cycle's own, else null */
    static List<Flag> find(CycleFacts facts, List<GroupReport> teams, List<GroupReport> processes, String exAsOf) {
        List<RankedFlag> ranked = new ArrayList<>();
        ranked.addAll(OverServedRule.find(facts));
        ranked.addAll(ClientConcentrationRule.find(facts));
        ranked.addAll(KeyPersonRule.find(facts));
        ranked.addAll(EscalationBypassRule.find(facts));
        ranked.addAll(LoopRules.loopNotClosed(facts));
        ranked.addAll(LoopRules.bossIntervenes(facts));
        ranked.addAll(SpecialSituationsRule.find(facts));
        ranked.addAll(PainUnansweredRule.find(processes, facts, exAsOf));
        ranked.addAll(PeopleFirstGapRule.find(teams, SubjectType.TEAM, facts.rules(), exAsOf));
        ranked.addAll(PeopleFirstGapRule.find(processes, SubjectType.PROCESS, facts.rules(), exAsOf));
        ranked.sort(null);
        return ranked.stream().map(RankedFlag::flag).toList();
    }

    /** The flag codes per subject of one type, in the order of {@link FlagCode}. */
    static Map<String, List<FlagCode>> codesBySubject(List<Flag> flags, SubjectType subjectType) {
        Map<String, Set<FlagCode>> codes = new HashMap<>();
        for (Flag flag : flags) {
            if (flag.subjectType() == subjectType) {
                codes.computeIfAbsent(flag.subject(), subject -> EnumSet.noneOf(FlagCode.class)).add(flag.code());
            }
        }
        Map<String, List<FlagCode>> lists = new HashMap<>();
        codes.forEach((subject, set) -> lists.put(subject, List.copyOf(set)));
        return lists;
    }
}
