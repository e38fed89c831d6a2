package org.twoway.reports;

import io.quarkus.qute.TemplateExtension;
import org.twoway.scoring.CycleInfo;
import org.twoway.scoring.CycleReport;
import org.twoway.scoring.FlagCode;
import org.twoway.scoring.Quadrant;
import org.twoway.scoring.SubjectType;

/** The report's codes in the words HR reads on the pages. */
@TemplateExtension(namespace = "words")
public final class Words {

    private Words() {
    }

    public static String quadrant(Quadrant quadrant) {
        if (quadrant == null) {
            return "";
        }
        return switch (quadrant) {
            case PEOPLE_FIRST_AND_CUSTOMER_OBSESSED -> "People first AND customer obsessed";
            case CUSTOMER_FIRST_SUCKER_PUNCH -> "Customer-first sucker punch";
            case CUSTOMERS_UNDERSERVED -> "Customers underserved";
            case BOTH_HURTING -> "Both hurting";
        };
    }

    public static String flag(FlagCode code) {
        return switch (code) {
            case OVER_SERVED_CLIENT -> "Over-served client";
            case CLIENT_CONCENTRATION -> "Client concentration";
            case KEY_PERSON_DEPENDENCY -> "Key-person dependency";
            case ESCALATION_BYPASS -> "Escalation bypass";
            case PEOPLE_FIRST_GAP -> "People-first gap";
            case LOOP_NOT_CLOSED -> "Loop not closed";
            case BOSS_INTERVENES -> "Boss intervenes";
            case SPECIAL_SITUATIONS_GROWING -> "Special situations growing";
            case PAIN_UNANSWERED -> "Pain unanswered";
        };
    }

    /** A kind of subject in the plural, as the dashboard's filter offers it. */
    public static String subjects(SubjectType type) {
        return switch (type) {
            case CUSTOMER -> "customers";
            case EMPLOYEE -> "employees";
            case TEAM -> "teams";
            case PROCESS -> "processes";
        };
    }

    /**
     * " as of 2026 Q3" where a report's employee figures (EX, reporters) are a closed cycle's rather
     * than its own, as they are while it is open; empty where they are its own or there are none.
     */
    public static String asOf(CycleReport report) {
        CycleInfo from = report.painFiguresFrom();
        return from == null || from.id() == report.cycle().id() ? "" : " as of " + from.name();
    }

    /** What a missing CS says. */
    static final String FEW_RESPONSES = "not enough responses";
    /** What a missing EX says. */
    static final String HIDDEN = "hidden to protect anonymity";
}
