package org.twoway.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twoway.scoring.CycleBuilder.Contact.CHANNEL;
import static org.twoway.scoring.CycleBuilder.Contact.ESCALATE;
import static org.twoway.scoring.CycleBuilder.Contact.PERSON;
import static org.twoway.scoring.ReportLookup.flags;
import static org.twoway.scoring.ReportLookup.onlyFlag;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ann and Bob are in team Support; their customers say who they contact first. */
class EscalationBypassTest {

    /** Ann's responses escalate, Bob's go to the person. */
    private static CycleReport support(int escalations, int others) {
        return new CycleBuilder()
                .employee("ann@x.example", "Ann Lee", "Support")
                .employee("bob@x.example", "Bob Ng", "Support")
                .customer("ACME", "Acme GmbH", "Silver", 20)
                .answers(escalations, "ann@x.example", "ACME", 4, 4, 4, 4, ESCALATE)
                .answers(others, "bob@x.example", "ACME", 4, 4, 4, 4, PERSON)
                .score();
    }

    @Test
    void bypassFiresAtExactlyTheShare() {
        // 3 of 10 = 0.3 >= 0.3, over members Ann and Bob
        Flag flag = onlyFlag(support(3, 7), FlagCode.ESCALATION_BYPASS);

        assertEquals(Severity.WARNING, flag.severity());
        assertEquals(SubjectType.TEAM, flag.subjectType());
        assertEquals("Support", flag.subject());
        assertEquals(List.of("responses", "escalations", "share", "directContacts"), List.copyOf(flag.evidence().keySet()));
        assertEquals(Map.of("responses", 10L, "escalations", 3L, "share", 0.3, "directContacts", 0L), flag.evidence());
        assertEquals("In 3 of 10 responses (30%) about team Support, customers say they go straight to a manager "
                + "or the owner when something goes wrong.", flag.message());
    }

    @Test
    void bypassCountsTheTeamsDirectContactsAsEvidence() {
        // Ann owns two direct contacts, Bob one, Cy of team Sales one: Support's evidence says 3
        CycleReport report = new CycleBuilder()
                .employee("ann@x.example", "Ann Lee", "Support")
                .employee("bob@x.example", "Bob Ng", "Support")
                .employee("cy@x.example", "Cy Ito", "Sales")
                .customer("ACME", "Acme GmbH", "Silver", 20)
                .answers(5, "ann@x.example", "ACME", 4, 4, 4, 4, ESCALATE)
                .followUp(direct("ann@x.example")).followUp(direct("ann@x.example"))
                .followUp(direct("bob@x.example")).followUp(direct("cy@x.example"))
                .score();

        assertEquals(3L, onlyFlag(report, FlagCode.ESCALATION_BYPASS).evidence().get("directContacts"));
    }

    private static FollowUpInput direct(String owner) {
        return new FollowUpInput(owner, FollowUpInput.Source.DIRECT_CONTACT, CycleBuilder.NOW.plusSeconds(3600), null,
                false, null, null);
    }

    @Test
    void bypassDoesNotFireJustBelowTheShare() {
        // 29 of 100 = 0.29
        assertTrue(flags(support(29, 71), FlagCode.ESCALATION_BYPASS).isEmpty());
    }

    @Test
    void bypassNeedsMinGroupResponses() {
        // 4 of 4 escalate, but 4 < 5 responses
        assertTrue(flags(support(4, 0), FlagCode.ESCALATION_BYPASS).isEmpty());
    }

    @Test
    void bypassFiresAtExactlyMinGroupResponses() {
        // 5 of 5
        assertEquals(Severity.HIGH, onlyFlag(support(5, 0), FlagCode.ESCALATION_BYPASS).severity());
    }

    @Test
    void bypassIsHighAtHalf() {
        // 5 of 10 = 0.5
        assertEquals(Severity.HIGH, onlyFlag(support(5, 5), FlagCode.ESCALATION_BYPASS).severity());
    }

    @Test
    void bypassIsAWarningJustBelowHalf() {
        // 49 of 100 = 0.49
        assertEquals(Severity.WARNING, onlyFlag(support(49, 51), FlagCode.ESCALATION_BYPASS).severity());
    }

    @Test
    void supportChannelAnswersDoNotCountAsBypass() {
        CycleReport report = new CycleBuilder()
                .employee("ann@x.example", "Ann Lee", "Support")
                .customer("ACME", "Acme GmbH", "Silver", 20)
                .answers(10, "ann@x.example", "ACME", 4, 4, 4, 4, CHANNEL)
                .score();

        assertTrue(report.flags().isEmpty());
    }
}
