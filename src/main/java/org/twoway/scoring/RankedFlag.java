package org.twoway.scoring;

/**
 * A flag with how far past its threshold it fired, which orders flags of the same severity.
 *
 * <p>The margin is relative to the threshold, so that flags measured in hours, shares and scores
 * compare: {@code (value - threshold) / threshold}, 0.5 meaning "half as much again as the
 * threshold". Each rule says which value and threshold it measures.
 */
record RankedFlag(Flag flag, double margin) implements Comparable<RankedFlag> {

    /** High first, then the largest margin, then code, subject type and subject for a fixed order. */
    @Override
    public int compareTo(RankedFlag other) {
        int order = Boolean.compare(other.isHigh(), isHigh());
        if (order == 0) {
            order = Double.compare(other.margin, margin);
        }
        if (order == 0) {
            order = flag.code().name().compareTo(other.flag.code().name());
        }
        if (order == 0) {
            // alphabetically by the wire name (customer, employee, process, team): the report's fixed order
            order = flag.subjectType().wire().compareTo(other.flag.subjectType().wire());
        }
        return order != 0 ? order : flag.subject().compareTo(other.flag.subject());
    }

    private boolean isHigh() {
        return flag.severity() == Severity.HIGH;
    }

    /**
     * How far {@code value} is past {@code threshold}, relative to the threshold; the plain
     * difference when the threshold is 0.
     */
    static double relativeMargin(double value, double threshold) {
        return threshold == 0 ? value - threshold : (value - threshold) / threshold;
    }
}
