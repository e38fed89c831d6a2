package org.twoway.feedback;

import java.util.List;
import java.util.Locale;

/**
 * A customer on the feedback pages: the language they read (English or German: their choice through the
 * page's switch, else their browser's Accept-Language, else English) and the company they answer to.
 *
 * @param chosen whether the language was chosen with the switch, so that the form keeps it
 */
public record Visitor(String lang, boolean chosen, String company) {

    static final List<String> LANGUAGES = List.of("en", "de");

    static Visitor of(String choice, List<Locale> acceptable, String company) {
        if (choice != null && LANGUAGES.contains(choice)) {
            return new Visitor(choice, true, company);
        }
        for (Locale locale : acceptable) {
            if (LANGUAGES.contains(locale.getLanguage())) {
                return new Visitor(locale.getLanguage(), false, company);
            }
        }
        return new Visitor("en", false, company);
    }

    public Locale locale() {
        return Locale.forLanguageTag(lang);
    }

    /** The query that keeps a chosen language on the form's address: "?lang=de", or nothing. */
    public String query() {
        return chosen ? "?lang=" + lang : "";
    }
}
