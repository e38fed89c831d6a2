package org.twoway.feedback;

import io.quarkus.qute.HtmlEscaper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
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

    private static final String EMPLOYEE = marker("employee");
    private static final String PROCESS = marker("process");
    private static final String TOKEN = marker("token");
    private static final String CSRF = marker("csrf");
    private static final List<String> MARKERS = List.of(EMPLOYEE, PROCESS, TOKEN, CSRF);

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
        Questionnaire blank = new Questionnaire(TOKEN, EMPLOYEE, process ? PROCESS : null, Answers.none(), Set.of(), CSRF);
        return FeedbackPage.Templates.form(visitor, blank).setLocale(visitor.locale()).render();
    }

    private String escape(String value) {
        return value == null ? "" : escaper.map(value, null);
    }

    /** Control characters: Qute's escaping leaves them alone, and no name, token or message holds them. */
    private static String marker(String name) {
        return "\u0001" + name + "\u0001";
    }

    /** A page cut at its markers: the text between them, and which marker came at each cut. */
    private record Pieces(List<String> texts, List<String> markers, int length) {

        static Pieces of(String page) {
            List<String> texts = new ArrayList<>();
            List<String> markers = new ArrayList<>();
            int from = 0;
            while (true) {
                int at = -1;
                String found = null;
                for (String marker : MARKERS) {
                    int index = page.indexOf(marker, from);
                    if (index >= 0 && (at < 0 || index < at)) {
                        at = index;
                        found = marker;
                    }
                }
                if (found == null) {
                    texts.add(page.substring(from));
                    return new Pieces(List.copyOf(texts), List.copyOf(markers), page.length());
                }
                texts.add(page.substring(from, at));
                markers.add(found);
                from = at + found.length();
            }
        }

        String join(Map<String, String> values) {
            StringBuilder page = new StringBuilder(length + 512);
            for (int i = 0; i < markers.size(); i++) {
                page.append(texts.get(i)).append(values.get(markers.get(i)));
            }
            return page.append(texts.get(markers.size())).toString();
        }
    }
}
