package org.twoway.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ESCALATION_BYPASS: many of a team's customers go over the head of their contact, straight to a
 * manager or the owner. Margin: the share of such answers relative to bypassShare. Its evidence also counts the
 * customers who came to someone directly about one of the team's members (direct contacts).
 */
final class EscalationBypassRule {

    /** scoring.md: high when the share is at least 0.5. */
    private static final double HIGH_SHARE = 0.5;

    private EscalationBypassRule() {
    }

    static List<RankedFlag> find(CycleFacts facts) {
        ScoringRules rules = facts.rules();
        List<RankedFlag> flags = new ArrayList<>();
        for (GroupTotals team : facts.teams().values()) {
            if (team.responses() < rules.minGroupResponses()) {
                continue;
            }
            double share = (double) team.escalations() / team.responses();
            if (share < rules.bypassShare()) {
                continue;
            }
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("responses", team.responses());
            evidence.put("escalations", team.escalations());
            evidence.put("share", share);
            evidence.put("directContacts", team.loop().directContacts());
            String message = "In " + team.escalations() + " of " + team.responses() + " responses ("
                    + Wording.percent(share) + ") about team " + team.name()
                    + ", customers say they go straight to a manager or the owner when something goes wrong.";
            Flag flag = new Flag(FlagCode.ESCALATION_BYPASS, share >= HIGH_SHARE ? Severity.HIGH : Severity.WARNING,
                    SubjectType.TEAM, team.name(), evidence, message);
            flags.add(new RankedFlag(flag, RankedFlag.relativeMargin(share, rules.bypassShare())));
        }
        return flags;
    }
}
