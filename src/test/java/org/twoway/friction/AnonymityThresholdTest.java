package org.twoway.friction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnonymityThresholdTest {

    @Test
    void thresholdIsNeverBelowThree() {
        assertEquals(3, new AnonymityThreshold(1).k());
        assertEquals(3, new AnonymityThreshold(0).k());
        assertEquals(3, new AnonymityThreshold(3).k());
        assertEquals(5, new AnonymityThreshold(5).k());
    }

    @Test
    void groupsOfAtLeastKPeopleMayBeShown() {
        AnonymityThreshold threshold = new AnonymityThreshold(4);
        assertFalse(threshold.allows(3));
        assertTrue(threshold.allows(4));
    }
}
