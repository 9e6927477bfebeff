package com.frontdesk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rules stay out of the screen and the screen stays out of SQL. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
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
}
