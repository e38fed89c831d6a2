package org.twoway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.qute.TemplateExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.twoway.system.PathTemplate;

/**
 * A template links to our pages through {@code {uri:...}} (system/PathTemplate and each feature's *Uris class), never
 * through a path written by hand, so that a resource's {@code @Path} is the one place its address is written.
 */
class TemplateLinksTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern LINK = Pattern.compile("\\b(?:href|action|formaction|src)=\"([^\"]*)\"");
    /** Static files are not resources of ours: they have no method to take a path from. */
    private static final String STATIC_FILES = "/css/";
    private static final Pattern URI_CALL =
            Pattern.compile("\\{" + PathTemplate.NAMESPACE + ":(\\w+)(?:\\(([^)]*)\\))?}");

    @Test
    void noTemplateWritesAPathOfOursByHand() throws IOException {
        List<String> handWritten = new ArrayList<>();
        for (Path template : templates()) {
            Matcher link = LINK.matcher(Files.readString(template));
            while (link.find()) {
                // the text between the template's expressions and sections: {uri:links(cycle.id)}?page=2 is fine
                if (Stream.of(link.group(1).split("\\{[^{}]*}"))
                        .anyMatch(text -> text.startsWith("/") && !text.startsWith(STATIC_FILES))) {
                    handWritten.add(TEMPLATES.relativize(template) + ": " + link.group());
                }
            }
        }
        assertEquals(List.of(), handWritten, "links to write as {uri:...}");
    }

    /** Qute does not check a namespace's method names when it builds, so a mistyped link would fail only when shown. */
    @Test
    void everyUriLinkNamesAMethodWithItsValues() throws IOException {
        Set<String> methods = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.twoway").stream()
                .filter(TemplateLinksTest::extendsUri)
                .flatMap(c -> c.getMethods().stream())
                .map(TemplateLinksTest::nameAndCount)
                .collect(Collectors.toCollection(TreeSet::new));
        TreeMap<String, String> unknown = new TreeMap<>();
        int calls = 0;
        for (Path template : templates()) {
            Matcher call = URI_CALL.matcher(Files.readString(template));
            while (call.find()) {
                calls++;
                String values = call.group(2);
                int count = values == null || values.isBlank() ? 0 : values.split(",").length;
                String method = call.group(1) + "/" + count;
                if (!methods.contains(method)) {
                    unknown.put(method, TEMPLATES.relativize(template).toString());
                }
            }
        }
        assertEquals(new TreeMap<>(), unknown, "{uri:...} links without such a method");
        assertTrue(calls > 100, "the templates' links were read: " + calls);
    }

    private static boolean extendsUri(JavaClass type) {
        return type.tryGetAnnotationOfType(TemplateExtension.class)
                .map(extension -> extension.namespace().equals(PathTemplate.NAMESPACE)).orElse(false);
    }

    private static String nameAndCount(JavaMethod method) {
        return method.getName() + "/" + method.getRawParameterTypes().size();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
