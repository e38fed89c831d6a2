package org.twoway.feedback;

import io.quarkus.qute.HtmlEscaper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.twoway.feedback.CustomerLinks.CustomerLink;
import org.twoway.feedback.FeedbackPage.Questionnaire;

/**
 * The blank questionnaire, the busiest page of the product. It is the same page for every customer but
 * for four values: whom it is about, the process, the link's address and the anti-forgery token. So Qute
 * renders it once per shape (language, language chosen or not, with or without a process) with markers in
 * those places, and each request joins the text between them with its own values, escaped as Qute
 * escapes them. A form sent back with mistakes is rendered by Qute in full.
 */
@ApplicationScoped
class BlankForms {

    /** Marks a value's place: a control character, which Qute's escaping leaves alone and no name, token or
     * message holds. */
    private static final String MARK = "\u0001";
    private static final String EMPLOYEE = "employee";
    private static final String PROCESS = "process";
    private static final String TOKEN = "token";
    private static final String CSRF = "csrf";
    /** The token's mark in the form's address, {@code {uri:feedbackForm}}, which encodes it as a path does; a
     * token itself is base64url, which a path keeps as it is. */
    private static final String TOKEN_IN_PATH = "%01" + TOKEN + "%01";

    private record Shape(String lang, boolean chosen, boolean process) {
    }

    private final Map<Shape, Pieces> pages = new ConcurrentHashMap<>();
    private final HtmlEscaper escaper = new HtmlEscaper(List.of());

    /** The blank form of a link, as {@code FeedbackPage.Templates.form} renders it. */
    String page(Visitor visitor, String token, CustomerLink link, String csrf) {
        Shape shape = new Shape(visitor.lang(), visitor.chosen(), link.process() != null);
        Pieces pieces = pages.computeIfAbsent(shape, key -> Pieces.of(render(visitor, key.process())));
        return pieces.join(Map.of(EMPLOYEE, escape(link.employee()), PROCESS, escape(link.process()),
                TOKEN, escape(token), CSRF, escape(csrf)));
    }

    private static String render(Visitor visitor, boolean process) {
        Questionnaire blank = new Questionnaire(mark(TOKEN), mark(EMPLOYEE), process ? mark(PROCESS) : null, SubmittedAnswers.none(),
                Set.of(), mark(CSRF), false);
        return FeedbackPage.Templates.form(visitor, blank).setLocale(visitor.locale()).render()
                .replace(TOKEN_IN_PATH, mark(TOKEN));
    }

    private static String mark(String value) {
        return MARK + value + MARK;
    }

    private String escape(String value) {
        return value == null ? "" : escaper.map(value, null);
    }

    /** A page cut at its marks: text, the name of the value that goes there, text, name, ..., text. */
    private record Pieces(String[] parts, int length) {

        static Pieces of(String page) {
            return new Pieces(page.split(MARK, -1), page.length());
        }

        String join(Map<String, String> values) {
            StringBuilder page = new StringBuilder(length + 512);
            for (int i = 0; i < parts.length; i++) {
                page.append(i % 2 == 0 ? parts[i] : values.get(parts[i]));
            }
            return page.toString();
        }
    }
}
