package dev.newsdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The house layering: thin resources, services in between, and entities that never reach the wire. */
class LayeringTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.newsdesk");
    }

    @Test
    void resourcesDoNotQueryTheDatabase() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
                .because("resources do HTTP only; services own queries and transactions")
                .check(main);
    }

    @Test
    void apiTypesNeverExposeEntities() {
        noClasses().that().resideInAPackage("..api..")
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .because("request and response types are records, never entities")
                .check(main);
    }

    @Test
    void resourcesHandOutNoEntities() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .because("entities are mapped to API records in the service layer")
                .check(main);
    }
}
