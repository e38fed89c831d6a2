package org.twoway;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person reads on a form page: the message shown by a field, and the value a field holds
 * (an input's value, a text area's text, a select's chosen option), with HTML escapes undone.
 */
public final class PageText {

    private PageText() {
    }

    /** The error message by the field, or null when the field shows none. */
    public static String errorBy(String html, String field) {
        return find(html, "<p class=\"error\" id=\"e-" + Pattern.quote(field) + "\">(.*?)</p>");
    }

    /** The value the field holds, as the browser would show it. */
    public static String valueOf(String html, String field) {
        String name = Pattern.quote(field);
        String input = find(html, "<input id=\"f-" + name + "\" name=\"" + name + "\" type=\"[a-z]+\" value=\"(.*?)\"");
        if (input != null) {
            return input;
        }
        String text = find(html, "<textarea id=\"f-" + name + "\"[^>]*>(.*?)</textarea>");
        if (text != null) {
            return text;
        }
        String select = find(html, "<select id=\"f-" + name + "\".*?</select>");
        if (select == null) {
            throw new AssertionError("The page has no field " + field);
        }
        String chosen = find(select, "<option value=\"[^\"]*\" selected>(.*?)</option>");
        return chosen == null ? "" : chosen;
    }

    /** The text of the page's main part, tags removed and escapes undone, for "the page says" checks. */
    public static String mainText(String html) {
        int start = html.indexOf("<main");
        int end = html.indexOf("</main>");
        String main = start < 0 || end < 0 ? html : html.substring(start, end);
        return unescape(main.replaceAll("(?s)<[^>]+>", " ").replaceAll("\\s+", " ").strip());
    }

    static String find(String html, String regex) {
        Matcher matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
        if (!matcher.find()) {
            return null;
        }
        return matcher.groupCount() == 0 ? matcher.group() : unescape(matcher.group(1));
    }

    static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
