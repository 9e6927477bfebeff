package com.frontdesk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rules stay out of the screen and the screen stays out of SQL. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // DO_NOT_INCLUDE_TESTS knows target/test-classes only; -Dbuild.dir=/tmp/x puts them elsewhere
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("com.frontdesk");
    }

    @Test
    void servicesAndRepositoriesDoNotUseJavaFx() {
        noClasses().that().haveSimpleNameEndingWith("Service")
                .or().haveSimpleNameEndingWith("Repository")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void theCoreAndDatabaseLayersDoNotUseJavaFx() {
        noClasses().that().resideInAnyPackage("com.frontdesk.core..", "com.frontdesk.db..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void viewsRunNoSql() {
        noClasses().that().haveSimpleNameEndingWith("View")
                .or().haveSimpleNameEndingWith("ViewModel")
                .or().haveSimpleNameEndingWith("Pane")
                .or().haveSimpleNameEndingWith("Dialog")
                .or().resideInAPackage("com.frontdesk.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void servicesDoNotDependOnViews() {
        noClasses().that().haveSimpleNameEndingWith("Service")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("View")
                .check(classes);
    }

    /**
     * Printing is a shared tool (visitor slips, roll calls, later parcel lists and handover sheets):
     * it knows pages, images and PDF files, never a feature module, the shell or the database.
     */
    @Test
    void thePrintPackageKnowsNoFeatureAndNoDatabase() {
        classes().that().resideInAPackage("com.frontdesk.print..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("com.frontdesk.print..", "com.frontdesk.core..",
                        "java..", "javafx..", "org.apache.pdfbox..", "com.google.zxing..", "org.slf4j..")
                .check(classes);
    }

    /**
     * Catches screen code by what it uses rather than by its name: a class that uses JavaFX
     * (whatever it is called: *View, *Pane, *Dialog, LockScreen, Forms, ...), and every class
     * nested in it, gets its data from services and never touches the database itself.
     */
    @Test
    void classesThatUseJavaFxRunNoSql() {
        javaFxCodeRunsNoSql().check(classes);
    }

    @Test
    void theJavaFxRuleCatchesAScreenWhoseNameDoesNotSayView() {
        JavaClasses fixture = new ClassFileImporter().importClasses(
                VisitorCard.class, VisitorCard.Loader.class, PlainSqlHelper.class);

        EvaluationResult result = javaFxCodeRunsNoSql().evaluate(fixture);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(d -> d.contains(VisitorCard.class.getName() + "."))
                .anyMatch(d -> d.contains(VisitorCard.Loader.class.getName() + "."))
                .noneMatch(d -> d.contains(PlainSqlHelper.class.getName() + "."));
    }

    /** Not a *View, but a screen: it builds a Label. It and its nested loader must not run SQL. */
    @SuppressWarnings("unused")
    static final class VisitorCard {
        private final javafx.scene.control.Label name = null;
        private final java.sql.Connection connection = null;

        static final class Loader {
            private final org.jdbi.v3.core.Jdbi jdbi = null;
        }
    }

    /** SQL without JavaFX is a repository's business, not this rule's. */
    @SuppressWarnings("unused")
    static final class PlainSqlHelper {
        private final java.sql.Connection connection = null;
    }

    private static ArchRule javaFxCodeRunsNoSql() {
        return noClasses().that(DescribedPredicate.describe("use JavaFX or are nested in a class that does",
                        LayeringTest::isScreenCode))
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..", "org.sqlite..");
    }

    /** The class, or a class it is nested in (an inner helper, an anonymous cell), uses JavaFX. */
    private static boolean isScreenCode(JavaClass c) {
        for (Optional<JavaClass> k = Optional.of(c); k.isPresent(); k = k.get().getEnclosingClass()) {
            if (k.get().getDirectDependenciesFromSelf().stream()
                    .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("javafx."))) {
                return true;
            }
        }
        return false;
    }
}
