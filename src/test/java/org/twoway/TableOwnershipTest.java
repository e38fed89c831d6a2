package org.twoway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Only a table's owning package names the table, or its entity, in a query (docs/architecture.md). ArchUnit
 * sees the bytecode, not what a string says, so this reads the sources: every string literal and text block
 * of src/main/java, where a table or entity follows FROM, JOIN, INTO, UPDATE, TABLE or a comma of a FROM list.
 * What it cannot see: a query assembled from pieces that name a table apart from such a word, and JPQL path
 * expressions that walk from an owned entity into another one's fields (r.employee.name); the owners' finders
 * are the way to read those.
 */
class TableOwnershipTest {

    /** Each table and each entity, with the package that owns it. */
    static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("audit_entry", "audit"), Map.entry("audit_event", "audit"), Map.entry("AuditEntry", "audit"),
            Map.entry("team", "people"), Map.entry("employee", "people"), Map.entry("user_account", "people"),
            Map.entry("user_session", "people"), Map.entry("sign_in_failure", "people"), Map.entry("Team", "people"),
            Map.entry("Employee", "people"), Map.entry("UserAccount", "people"), Map.entry("UserSession", "people"),
            Map.entry("review_cycle", "cycles"), Map.entry("ReviewCycle", "cycles"),
            Map.entry("service_tier", "customers"), Map.entry("customer", "customers"),
            Map.entry("ServiceTier", "customers"), Map.entry("Customer", "customers"),
            Map.entry("business_process", "friction"), Map.entry("pain_report", "friction"),
            Map.entry("pain_publication", "friction"), Map.entry("pain_figures", "friction"),
            Map.entry("BusinessProcess", "friction"), Map.entry("PainReport", "friction"),
            Map.entry("process_action", "friction"), Map.entry("ProcessAction", "friction"),
            Map.entry("special_situation", "special"), Map.entry("SpecialSituation", "special"),
            Map.entry("effort_entry", "effort"), Map.entry("EffortEntry", "effort"),
            Map.entry("effort_import_upload", "effort"), Map.entry("effort_import_job", "effort"),
            Map.entry("feedback_link", "feedback"), Map.entry("feedback_link_token", "feedback"),
            Map.entry("customer_rating", "feedback"), Map.entry("answer_pair_tally", "feedback"),
            Map.entry("answer_process_tally", "feedback"), Map.entry("FeedbackLink", "feedback"),
            Map.entry("CustomerRating", "feedback"), Map.entry("feedback_rate_window", "feedback"),
            Map.entry("fresh_link_batch", "feedback"),
            Map.entry("follow_up", "loop"), Map.entry("follow_up_event", "loop"), Map.entry("FollowUp", "loop"),
            Map.entry("FollowUpEvent", "loop"));

    private static final Path SOURCES = Path.of("src/main/java/org/twoway");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern CREATED = Pattern.compile("CREATE TABLE\\s+`?(\\w+)`?", Pattern.CASE_INSENSITIVE);
    private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern NAMED = Pattern.compile(
            "\\b(?:from|join|into|update|table)\\s+`?(\\w+)`?|,\\s*`?(\\w+)`?\\s+(?:[a-z]\\w*\\s*)?(?=,|\\bwhere\\b|\\bjoin\\b|$)",
            Pattern.CASE_INSENSITIVE);

    @Test
    void everyQueryNamesOnlyTablesAndEntitiesOfItsOwnPackage() throws IOException {
        List<String> trespasses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String feature = SOURCES.relativize(file).getName(0).toString();
                for (String table : namedIn(Files.readString(file))) {
                    String owner = OWNERS.get(table);
                    if (owner != null && !owner.equals(feature)) {
                        trespasses.add(SOURCES.relativize(file) + " names " + table + ", which " + owner + "/ owns");
                    }
                }
            }
        }
        assertEquals(List.of(), trespasses);
    }

    /** A table nobody owns would escape the check above, which knows only the tables listed. */
    @Test
    void everyTableTheMigrationsCreateHasAnOwner() throws IOException {
        List<String> unowned = new ArrayList<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.sorted().toList()) {
                Matcher created = CREATED.matcher(Files.readString(file));
                while (created.find()) {
                    if (!OWNERS.containsKey(created.group(1))) {
                        unowned.add(file.getFileName() + " creates " + created.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), unowned);
    }

    @Test
    void theScanFindsTablesAndEntitiesInStringsOnly() {
        String source = """
                // FROM employee in a comment is not a query
                String a = "SELECT e.name FROM employee e JOIN team t ON t.id = e.team_id";
                String b = \"""
                        UPDATE feedback_link l SET l.used_at = ?
                        \""";
                String c = "from Customer c where c.active";
                String d = "SELECT 1 FROM customer_rating r, business_process p WHERE r.process_id = p.id";
                """;

        assertEquals(new TreeSet<>(List.of("employee", "team", "feedback_link", "Customer", "customer_rating",
                "business_process")), namedIn(source));
        assertTrue(OWNERS.keySet().containsAll(namedIn(source)));
    }

    static TreeSet<String> namedIn(String source) {
        TreeSet<String> named = new TreeSet<>();
        Matcher string = STRING.matcher(source);
        while (string.find()) {
            String text = string.group(1) != null ? string.group(1) : string.group(2);
            Matcher name = NAMED.matcher(text);
            while (name.find()) {
                String table = name.group(1) != null ? name.group(1) : name.group(2);
                if (OWNERS.containsKey(table)) {
                    named.add(table);
                }
            }
        }
        return named;
    }
}
