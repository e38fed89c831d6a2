package org.twoway.system;

/**
 * A request the product says no to, with the reason a person reads: an unknown key, a duplicate
 * natural key, an action the cycle's state does not allow, or an invalid value. Pages show it by the
 * field; the API turns it into problem+json.
 */
public class Refusal extends RuntimeException {

    public enum Kind {
        INVALID(400, "Invalid input"),
        NOT_FOUND(404, "Not found"),
        CONFLICT(409, "Conflict");

        public final int status;
        public final String title;

        Kind(int status, String title) {
            this.status = status;
            this.title = title;
        }
    }

    public final Kind kind;
    /** The input field the refusal is about, or null when it is about the request as a whole. */
    public final String field;

    public Refusal(Kind kind, String field, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.field = field;
    }

    public static Refusal notFound(String message) {
        return new Refusal(Kind.NOT_FOUND, null, message);
    }

    public static Refusal duplicate(String field, String message) {
        return new Refusal(Kind.CONFLICT, field, message);
    }

    public static Refusal wrongState(String message) {
        return new Refusal(Kind.CONFLICT, null, message);
    }

    public static Refusal invalid(String field, String message) {
        return new Refusal(Kind.INVALID, field, message);
    }

    /**
     * A required text, stripped: blank is refused by its field with {@code missing}, longer than {@code max}
     * characters (code points) with how long it may be.
     */
    public static String requireText(String field, String value, int max, String missing) {
        if (value == null || value.isBlank()) {
            throw invalid(field, missing);
        }
        String text = value.strip();
        if (text.codePointCount(0, text.length()) > max) {
            throw invalid(field, "Please keep it to " + String.format("%,d", max) + " characters.");
        }
        return text;
    }
}
