package org.twoway.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ScoringRulesTest {

    @Test
    void defaultsAreTheOnesWrittenInScoringMd() {
        assertEquals(new ScoringRules(3, 3, 5, 3, 0.6, 0.25, 10, 0.5, 0.8, 0.25, 0.3, 3, 0.8, 0.3, 2), ScoringRules.defaults());
    }

    @Test
    void shareAboveOneIsRefusedNamingItsSetting() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new ScoringRules(3, 3, 5, 3, 0.6, 0.25, 10, 0.5, 0.8, 0.25, 1.5, 3, 0.8, 0.3, 2));
        assertEquals("twoway.scoring.bypass-share must be between 0 and 1", error.getMessage());
    }

    @Test
    void negativeShareIsRefusedNamingItsSetting() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new ScoringRules(3, 3, 5, 3, 0.6, 0.25, 10, -0.1, 0.8, 0.25, 0.3, 3, 0.8, 0.3, 2));
        assertEquals("twoway.scoring.concentration-share must be between 0 and 1", error.getMessage());
    }

    @Test
    void anonymityThresholdBelowThreeIsRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new ScoringRules(3, 3, 5, 2, 0.6, 0.25, 10, 0.5, 0.8, 0.25, 0.3, 3, 0.8, 0.3, 2));
        assertEquals("twoway.scoring.anonymity-threshold must be at least 3: with two people, a shared figure and"
                + " one's own report give away the other's", error.getMessage());
    }

    @Test
    void countBelowOneIsRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new ScoringRules(3, 0, 5, 3, 0.6, 0.25, 10, 0.5, 0.8, 0.25, 0.3, 3, 0.8, 0.3, 2));
        assertEquals("twoway.scoring.min-responses must be at least 1", error.getMessage());
    }

    @Test
    void negativeToleranceIsRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new ScoringRules(3, 3, 5, 3, 0.6, -0.25, 10, 0.5, 0.8, 0.25, 0.3, 3, 0.8, 0.3, 2));
        assertEquals("twoway.scoring.over-serve-tolerance must be a number of at least 0", error.getMessage());
    }

    @Test
    void theLoopsSettingsAreRefusedNamingTheirPrefix() {
        assertEquals("twoway.loop.min-follow-ups must be at least 1", assertThrows(IllegalArgumentException.class,
                () -> new ScoringRules(3, 3, 5, 3, 0.6, 0.25, 10, 0.5, 0.8, 0.25, 0.3, 0, 0.8, 0.3, 2)).getMessage());
        assertEquals("twoway.loop.loop-share must be between 0 and 1", assertThrows(IllegalArgumentException.class,
                () -> new ScoringRules(3, 3, 5, 3, 0.6, 0.25, 10, 0.5, 0.8, 0.25, 0.3, 3, 1.2, 0.3, 2)).getMessage());
        assertEquals("twoway.loop.intervene-share must be between 0 and 1", assertThrows(IllegalArgumentException.class,
                () -> new ScoringRules(3, 3, 5, 3, 0.6, 0.25, 10, 0.5, 0.8, 0.25, 0.3, 3, 0.8, -0.1, 2)).getMessage());
    }

    @Test
    void minSpecialBelowOneIsRefusedNamingItsSetting() {
        assertEquals("twoway.scoring.min-special must be at least 1", assertThrows(IllegalArgumentException.class,
                () -> new ScoringRules(3, 3, 5, 3, 0.6, 0.25, 10, 0.5, 0.8, 0.25, 0.3, 3, 0.8, 0.3, 0)).getMessage());
    }

    @Test
    void quadrantThresholdThatIsNotANumberIsRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new ScoringRules(3, 3, 5, 3, Double.NaN, 0.25, 10, 0.5, 0.8, 0.25, 0.3, 3, 0.8, 0.3, 2));
        assertEquals("twoway.scoring.quadrant-threshold must be between 0 and 1", error.getMessage());
    }
}
