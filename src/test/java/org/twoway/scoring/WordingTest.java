package org.twoway.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordingTest {

    @Test
    void hoursKeepOneDecimalAndDropATrailingZero() {
        assertEquals("64", Wording.hours(64.0));
        assertEquals("12.5", Wording.hours(12.5));
        assertEquals("12.3", Wording.hours(12.25));
        assertEquals("0.3", Wording.hours(0.25));
        assertEquals("100", Wording.hours(99.96));
    }

    @Test
    void sharesAreWholePercentages() {
        assertEquals("80%", Wording.percent(0.8));
        assertEquals("73%", Wording.percent(0.734));
        assertEquals("0%", Wording.percent(0));
    }

    @Test
    void measuresKeepTwoDecimals() {
        assertEquals("0.81", Wording.measure(0.8125));
        assertEquals("0.6", Wording.measure(0.6));
        assertEquals("1", Wording.measure(1.0));
    }

    @Test
    void onePointIsSingular() {
        assertEquals("1 point", Wording.points(1.0));
        assertEquals("1.5 points", Wording.points(1.5));
    }
}
