package org.twoway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Java links to our pages the way templates do, through the path of the resource method that serves them (each
 * feature's *Uris class, {@code system/PathTemplate}, {@code UriBuilder.fromResource}): a redirect after a form, a
 * report table's base path, a Location header. A string literal under src/main/java that starts or ends with a slash
 * and holds a segment of one of our {@code @Path}s is a path written by hand. What this cannot see: a path assembled
 * from pieces without such a segment ({@code "/" + kind}).
 */
class JavaPathsTest {

    private static final Path SOURCES = Path.of("src/main/java/org/twoway");
    private static final Pattern PATH_ANNOTATION = Pattern.compile("@Path\\(\"([^\"]*)\"\\)");
    /** A string, a character (so that '"' opens no string) or a comment, which is left out. */
    private static final Pattern LITERAL_OR_COMMENT =
            Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"|'(?:[^'\\\\\\n]|\\\\.)*'|//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

    /** The literals allowed, by file, and why: none of them is the path of one method. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            // the door of the JSON API: the prefix of every path under it, which no one method serves
            "system/Doors.java", Set.of("/api/"));

    @Test
    void noJavaWritesAPathOfOursByHand() throws IOException {
        Set<String> segments = new TreeSet<>();
        List<Path> sources = sources();
        for (Path source : sources) {
            Matcher path = PATH_ANNOTATION.matcher(Files.readString(source));
            while (path.find()) {
                Stream.of(path.group(1).split("/")).filter(s -> !s.isEmpty() && !s.startsWith("{")).forEach(segments::add);
            }
        }
        assertTrue(segments.containsAll(Set.of("hr", "me", "login", "api", "cycles")), "the @Path segments were read: " + segments);
        List<String> handWritten = new ArrayList<>();
        for (Path source : sources) {
            String file = SOURCES.relativize(source).toString().replace('\\', '/');
            Matcher literal = LITERAL_OR_COMMENT.matcher(PATH_ANNOTATION.matcher(Files.readString(source)).replaceAll(""));
            while (literal.find()) {
                String text = literal.group(1);
                if (text != null && (text.startsWith("/") || text.endsWith("/"))
                        && Stream.of(text.split("/")).anyMatch(segments::contains)
                        && !ALLOWED.getOrDefault(file, Set.of()).contains(text)) {
                    handWritten.add(file + ": \"" + text + "\"");
                }
            }
        }
        assertEquals(List.of(), handWritten, "paths to take from the resource that serves them (its *Uris class)");
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }
}
