package org.twoway.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one anonymity rule, as a cycle publishes by it: groups, their complements, and idea cells. k = 3. */
class AnonymityTest {

    private static final ScoringRules RULES = ScoringRules.defaults();

    private static PainGroup named(List<PainGroup> groups, String name) {
        return groups.stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aProcessCountsItsReportsAsPeopleAndATeamTheMostOnOneProcess() {
        // Support: 3 on Refunds, 2 on Onboarding (who may be two of the three): at least 3 people, 5 reports
        Anonymity.Disclosure d = Anonymity.of(List.of(new PainCell("Support", "Refunds", 3, 30),
                new PainCell("Support", "Onboarding", 2, 20)), List.of(), List.of(), RULES);

        assertEquals(3, named(d.teams(), "Support").reporters());
        assertEquals(5, named(d.teams(), "Support").reports());
        assertEquals(50, named(d.teams(), "Support").frictionSum());
        // Onboarding's 2 are hidden, and so is Refunds, the only shown process: company minus Refunds
        // would give Onboarding's two people away
        assertFalse(named(d.processes(), "Onboarding").shown());
        assertFalse(named(d.processes(), "Refunds").shown());
        assertEquals(3, d.company().reporters());
    }

    @Test
    void hiddenGroupsShowNoSizeAndListedGroupsWithoutReportsLookTheSame() {
        Anonymity.Disclosure d = Anonymity.of(List.of(new PainCell("Support", "Refunds", 1, 10)),
                List.of("Sales"), List.of("Onboarding"), RULES);

        assertEquals(PainGroup.hidden("Support"), named(d.teams(), "Support"));
        assertEquals(PainGroup.hidden("Sales"), named(d.teams(), "Sales"));
        assertEquals(PainGroup.hidden("Refunds"), named(d.processes(), "Refunds"));
        assertEquals(PainGroup.hidden("Onboarding"), named(d.processes(), "Onboarding"));
        assertNull(d.company().reporters());
    }

    @Test
    void ideasMayNameATeamOnlyInCellsOfKWhoseProcessKeepsKElsewhereOrNone() {
        // Refunds: Support 3, Sales 3, Ops 1; Onboarding: Support 4, Ops 3. The friction page lists all
        // of a process's ideas, so Refunds' list minus its named cells would be Ops's one report.
        List<PainCell> cells = List.of(new PainCell("Support", "Refunds", 3, 30), new PainCell("Sales", "Refunds", 3, 30),
                new PainCell("Ops", "Refunds", 1, 10), new PainCell("Support", "Onboarding", 4, 40),
                new PainCell("Ops", "Onboarding", 3, 30));
        Anonymity.Disclosure d = Anonymity.of(cells, List.of(), List.of(), RULES);

        // teams: Support at least 4, Sales 3, Ops at least 3 (Onboarding): all shown
        assertTrue(d.teams().stream().allMatch(PainGroup::shown));
        // Refunds: Ops's 1 is left over, so one of the two named cells goes too: Sales (3 = 3, by name)
        assertTrue(d.shownCells().contains(new Anonymity.Cell("Support", "Refunds")));
        assertFalse(d.shownCells().contains(new Anonymity.Cell("Sales", "Refunds")));
        assertFalse(d.shownCells().contains(new Anonymity.Cell("Ops", "Refunds")));
        // Onboarding: both cells hold at least 3 and nothing is left over
        assertTrue(d.shownCells().contains(new Anonymity.Cell("Support", "Onboarding")));
        assertTrue(d.shownCells().contains(new Anonymity.Cell("Ops", "Onboarding")));
    }

    @Test
    void noCellOfAHiddenProcessIsNamed() {
        // Refunds has 3 from Support but the company holds only Refunds and a hidden Onboarding (2):
        // Refunds is hidden by subtraction, and with it every cell on it
        Anonymity.Disclosure d = Anonymity.of(List.of(new PainCell("Support", "Refunds", 3, 30),
                new PainCell("Sales", "Onboarding", 2, 20)), List.of(), List.of(), RULES);

        assertFalse(named(d.processes(), "Refunds").shown());
        assertTrue(d.shownCells().isEmpty());
    }
}
