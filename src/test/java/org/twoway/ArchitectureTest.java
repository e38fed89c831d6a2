package org.twoway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.twoway.system.Doors;

/**
 * The structure docs/architecture.md draws, checked on the compiled classes of src/main (imports, calls, fields,
 * annotations: everything the bytecode shows). What it can see of "only a table's owner queries it" is a call
 * of an entity's Panache queries ({@code Employee.find(...)}), checked here; a query's tables and entities named
 * in a string are checked by {@link TableOwnershipTest}, which reads the sources, a template's link to a page
 * by TemplateLinksTest, and a path written in Java by JavaPathsTest.
 */
@AnalyzeClasses(packages = "org.twoway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Bottom to top: a layer may use the layers below it, never one above. */
    @ArchTest
    static final ArchRule layersPointDown = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Combined").definedBy("org.twoway.reports..", "org.twoway.home..", "org.twoway.demo..")
            .layer("Loop").definedBy("org.twoway.loop..")
            .layer("Feedback").definedBy("org.twoway.feedback..")
            .layer("Work").definedBy("org.twoway.effort..", "org.twoway.friction..", "org.twoway.special..")
            .layer("Customers").definedBy("org.twoway.customers..")
            .layer("Directory").definedBy("org.twoway.people..", "org.twoway.cycles..")
            .layer("Audit").definedBy("org.twoway.audit..")
            .layer("Base").definedBy("org.twoway.system..")
            .layer("Core").definedBy("org.twoway.scoring..")
            .whereLayer("Combined").mayNotBeAccessedByAnyLayer()
            .whereLayer("Loop").mayOnlyBeAccessedByLayers("Combined")
            .whereLayer("Feedback").mayOnlyBeAccessedByLayers("Loop", "Combined")
            .whereLayer("Work").mayOnlyBeAccessedByLayers("Feedback", "Loop", "Combined")
            .whereLayer("Customers").mayOnlyBeAccessedByLayers("Work", "Feedback", "Loop", "Combined")
            .whereLayer("Directory").mayOnlyBeAccessedByLayers("Customers", "Work", "Feedback", "Loop", "Combined")
            .whereLayer("Audit").mayOnlyBeAccessedByLayers("Directory", "Customers", "Work", "Feedback", "Loop", "Combined")
            .whereLayer("Base").mayOnlyBeAccessedByLayers("Audit", "Directory", "Customers", "Work", "Feedback", "Loop",
                    "Combined")
            .whereLayer("Core").mayOnlyBeAccessedByLayers("Work", "Feedback", "Loop", "Combined");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.twoway.(*)..").should().beFreeOfCycles();

    /** The scoring rules are plain Java: no framework, web, JSON or database type, so they read and test alone. */
    @ArchTest
    static final ArchRule scoringIsPlainJava = noClasses().that().resideInAPackage("org.twoway.scoring..")
            .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "io.vertx..", "io.smallrye..",
                    "jakarta..", "javax..", "org.hibernate..", "org.jboss..", "com.fasterxml..", "java.sql..",
                    "javax.sql..", "org.eclipse.microprofile..")
            .because("scoring/ is the framework-free core (docs/architecture.md)");

    /** The two doors ({@link Doors}): what answers under /api/ is an *Api, and every *Api answers there. */
    @ArchTest
    static final ArchRule apiResourcesLiveUnderApi = classes().that().areAnnotatedWith(Path.class)
            .should(new ArchCondition<>("be named *Api exactly when their path starts with " + Doors.API) {
                @Override
                public void check(JavaClass resource, ConditionEvents events) {
                    String path = resource.getAnnotationOfType(Path.class).value();
                    boolean underApi = (path.startsWith("/") ? path : "/" + path).startsWith(Doors.API);
                    boolean namedApi = resource.getSimpleName().endsWith("Api");
                    if (underApi != namedApi) {
                        events.add(SimpleConditionEvent.violated(resource,
                                resource.getName() + " answers at " + path + " but is " + (namedApi ? "" : "not ")
                                        + "named *Api"));
                    }
                }
            });

    /** A name says one thing: no two top-level classes share a simple name, whatever their packages. */
    @ArchTest
    static void noTwoClassesShareASimpleName(JavaClasses classes) {
        Map<String, List<String>> byName = classes.stream().filter(JavaClass::isTopLevelClass)
                .collect(Collectors.groupingBy(JavaClass::getSimpleName, TreeMap::new,
                        Collectors.mapping(JavaClass::getName, Collectors.toList())));
        byName.values().removeIf(names -> names.size() < 2);
        assertTrue(byName.isEmpty(), () -> "simple names used twice: " + byName);
        assertTrue(classes.size() > 100, "the app's classes were imported");
    }

    /** Panache's queries on an entity, which take a query string about that entity; an entity's own finders are its owner's API. */
    private static final Set<String> PANACHE_QUERIES = Set.of("find", "findAll", "list", "listAll", "stream", "streamAll",
            "count", "delete", "deleteAll", "update");

    /** Only an entity's own package calls its Panache queries; others call the finders that package offers. */
    @ArchTest
    static final ArchRule entitiesAreQueriedByTheirOwners = classes()
            .should(new ArchCondition<>("not call the Panache queries of an entity of another package") {
                @Override
                public void check(JavaClass caller, ConditionEvents events) {
                    for (JavaMethodCall call : caller.getMethodCallsFromSelf()) {
                        JavaClass entity = call.getTargetOwner();
                        if (PANACHE_QUERIES.contains(call.getName()) && entity.isAnnotatedWith(Entity.class)
                                && !entity.getPackageName().equals(caller.getPackageName())) {
                            events.add(SimpleConditionEvent.violated(caller, call.getDescription()));
                        }
                    }
                }
            });

    @ArchTest
    static final ArchRule pagesAreNamedPages = classes().that().areAnnotatedWith(Path.class)
            .and().haveSimpleNameNotEndingWith("Api")
            .should().haveSimpleNameEndingWith("Page").orShould().haveSimpleNameEndingWith("Pages");
}
