package org.twoway.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The flags of closing the loop, about a team's follow-ups (those its members own):
 * LOOP_NOT_CLOSED, too few of them contacted in time, its margin how far the share falls short of
 * loopShare; BOSS_INTERVENES, too many first contacts made by someone other than the owner, its margin
 * how far the share passes interveneShare.
 */
final class LoopRules {

    /** scoring.md: LOOP_NOT_CLOSED is high when the share contacted in time is below 0.5. */
    private static final double HIGH_BELOW = 0.5;
    /** scoring.md: BOSS_INTERVENES is high when the share handled by others is at least 0.5. */
    private static final double HIGH_FROM = 0.5;

    private LoopRules() {
    }

    static List<RankedFlag> loopNotClosed(CycleFacts facts) {
        ScoringRules rules = facts.rules();
        List<RankedFlag> flags = new ArrayList<>();
        for (GroupTotals team : facts.teams().values()) {
            LoopMeasures loop = team.loop().measures(rules);
            Double share = loop.closedOnTimeShare();
            if (share == null || share >= rules.loopShare()) {
                continue;
            }
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("followUps", loop.followUps());
            evidence.put("onTime", loop.onTime());
            evidence.put("share", share);
            evidence.put("overdueNow", loop.overdueNow());
            String message = "Team " + team.name() + " got back to the customer in time on " + loop.onTime() + " of "
                    + loop.followUps() + " follow-ups (" + Wording.percent(share) + ")" + overdue(loop.overdueNow()) + ".";
            Flag flag = new Flag(FlagCode.LOOP_NOT_CLOSED, share < HIGH_BELOW ? Severity.HIGH : Severity.WARNING,
                    SubjectType.TEAM, team.name(), evidence, message);
            flags.add(new RankedFlag(flag, (rules.loopShare() - share) / rules.loopShare()));
        }
        return flags;
    }

    static List<RankedFlag> bossIntervenes(CycleFacts facts) {
        ScoringRules rules = facts.rules();
        List<RankedFlag> flags = new ArrayList<>();
        for (GroupTotals team : facts.teams().values()) {
            LoopMeasures loop = team.loop().measures(rules);
            Double share = loop.handledByOthersShare();
            if (share == null || share < rules.interveneShare()) {
                continue;
            }
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("contacted", loop.contacted());
            evidence.put("handledByOthers", loop.handledByOthers());
            evidence.put("share", share);
            String message = "On " + loop.handledByOthers() + " of " + loop.contacted() + " follow-ups of team "
                    + team.name() + " (" + Wording.percent(share) + "), someone other than the account manager made the"
                    + " first contact, which teaches customers to go over their heads.";
            Flag flag = new Flag(FlagCode.BOSS_INTERVENES, share >= HIGH_FROM ? Severity.HIGH : Severity.WARNING,
                    SubjectType.TEAM, team.name(), evidence, message);
            flags.add(new RankedFlag(flag, RankedFlag.relativeMargin(share, rules.interveneShare())));
        }
        return flags;
    }

    /** The end of LOOP_NOT_CLOSED's sentence: how many wait past their due time, if any. */
    private static String overdue(long overdueNow) {
        if (overdueNow == 0) {
            return "";
        }
        return overdueNow == 1 ? "; 1 is overdue now" : "; " + overdueNow + " are overdue now";
    }
}
