package org.twoway.system;

import jakarta.ws.rs.core.UriBuilder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The path that serves one of our resource methods, read once from its {@code @Path} annotations through
 * {@link UriBuilder} and filled for each link, so that a template's link follows the resource. Filling a link
 * took 0.13 µs, building it through UriBuilder 2.3 to 3 µs (measured on two ids, after warming up): pages list
 * hundreds of rows with links. A value is encoded the way {@link UriBuilder#build} encodes a path parameter.
 */
public final class PathTemplate {

    /**
     * The namespace of the links in templates, {@code {uri:cycle(cycle.id)}}. Each feature keeps the links to its
     * own pages in a class of its own ({@code cycles/CycleUris}), so that the layers still point down; Qute takes
     * one resolver per namespace and priority, so each of those classes has a priority of its own, which says
     * nothing else: audit 1, people 2, cycles 3, customers 4, effort 5, friction 6, feedback 7, home 8, reports 9,
     * loop 10, special 11.
     */
    public static final String NAMESPACE = "uri";

    /** What a path segment keeps as it is (RFC 3986 pchar): unreserved, sub-delims, ':' and '@'. */
    private static final BitSet KEPT = new BitSet(128);
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    static {
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@".chars().forEach(KEPT::set);
    }

    /** The text before each parameter and, last, after the last one. */
    private final String[] texts;

    /** {@code /hr/cycles/{id}/edit}; a parameter's regular expression (none of ours has one) holds no braces. */
    private PathTemplate(String template) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', from)) {
            parts.add(template.substring(from, open));
            from = template.indexOf('}', open) + 1;
        }
        parts.add(template.substring(from));
        texts = parts.toArray(String[]::new);
    }

    /** The path of a resource class: its list page or the form that posts to it. */
    public static PathTemplate of(Class<?> resource) {
        return new PathTemplate(UriBuilder.fromResource(resource).toTemplate());
    }

    /** The path of a resource method with a {@code @Path} of its own. */
    public static PathTemplate of(Class<?> resource, String method) {
        return new PathTemplate(UriBuilder.fromResource(resource).path(resource, method).toTemplate());
    }

    /** The path with its parameters, in the order they stand in it; each parameter stands once. */
    public String with(Object... values) {
        if (values.length != texts.length - 1) {
            throw new IllegalArgumentException(
                    values.length + " values for the " + (texts.length - 1) + " parameters of " + this);
        }
        StringBuilder path = new StringBuilder(texts[0]);
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                throw new IllegalArgumentException("no value for parameter " + (i + 1) + " of " + this);
            }
            appendEncoded(path, values[i].toString());
            path.append(texts[i + 1]);
        }
        return path.toString();
    }

    /** A number, an id or a token is kept as it is; any other character is written as its UTF-8 bytes, %XX each. */
    private static void appendEncoded(StringBuilder path, String value) {
        if (value.chars().allMatch(KEPT::get)) {
            path.append(value);
            return;
        }
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (KEPT.get(c)) {
                path.append((char) c);
            } else {
                path.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
    }

    /** The text before the first parameter: what every path filled from this one starts with. */
    public String prefix() {
        return texts[0];
    }

    /** The path with {@code {}} for each parameter, for messages. */
    @Override
    public String toString() {
        return String.join("{}", texts);
    }
}
