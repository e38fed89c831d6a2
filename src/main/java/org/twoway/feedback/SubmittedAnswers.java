package org.twoway.feedback;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A customer's answers as submitted, kept as typed so an invalid form comes back with them: four ratings
 * 1..5, whom they contact first, an optional comment of at most 2,000 characters in any script, and whether
 * they asked to be called back.
 * The page explains a wrong field in the customer's language, so checking names the fields, not messages.
 */
public record SubmittedAnswers(String responsiveness, String solved, String promises, String company, String firstContact,
        String comment, String callBack) {

    /** What a ticked "Please get back to me about this" sends. */
    public static final String CALL_BACK = "yes";

    public static final int COMMENT_MAX = 2000;
    static final List<String> RATINGS = List.of("responsiveness", "solved", "promises", "company");

    /** Line breaks as the customer typed them (browsers send \r\n); a comment of only blanks is no comment. */
    public SubmittedAnswers {
        comment = comment == null || comment.isBlank() ? null : comment.replace("\r\n", "\n").replace('\r', '\n');
    }

    static SubmittedAnswers none() {
        return new SubmittedAnswers(null, null, null, null, null, null, null);
    }

    /** The fields not answered as the questionnaire allows, in the order of the page. */
    public Set<String> invalidFields() {
        Set<String> invalid = new LinkedHashSet<>();
        for (String field : RATINGS) {
            if (rating(field) == null) {
                invalid.add(field);
            }
        }
        if (contact() == null) {
            invalid.add("firstContact");
        }
        if (commentLength() > COMMENT_MAX) {
            invalid.add("comment");
        }
        if (callBack != null && !callBack.isEmpty() && !CALL_BACK.equals(callBack)) {
            invalid.add("callBack");
        }
        return invalid;
    }

    /** A rating as a number 1..5, or null when it is missing or not one of the choices. */
    public Integer rating(String field) {
        String value = switch (field) {
            case "responsiveness" -> responsiveness;
            case "solved" -> solved;
            case "promises" -> promises;
            case "company" -> company;
            default -> throw new IllegalArgumentException("No rating " + field);
        };
        return value != null && value.length() == 1 && value.charAt(0) >= '1' && value.charAt(0) <= '5'
                ? value.charAt(0) - '0' : null;
    }

    /** Whom they contact first, or null when it is missing or not one of the choices. */
    public FirstContactChoice contact() {
        for (FirstContactChoice choice : FirstContactChoice.values()) {
            if (choice.name().equals(firstContact)) {
                return choice;
            }
        }
        return null;
    }

    /** Whether they ticked "Please get back to me about this". */
    public boolean wantsCallBack() {
        return CALL_BACK.equals(callBack);
    }

    /** The comment's length in characters (code points), as a person counts them in any script. */
    public int commentLength() {
        return comment == null ? 0 : comment.codePointCount(0, comment.length());
    }
}
