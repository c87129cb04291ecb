package dev.newsdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies between the packages point one way: articles use sections, authors, tags and media, never the
 * reverse, and no two packages need each other. A reference feature that needs something of articles defines an
 * interface or fires an event (see {@code reference/}), and the article feature answers.
 */
class FeatureDependencyTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.newsdesk");
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.newsdesk.(*)..").should().beFreeOfCycles()
                .because("two packages that need each other can only be understood, tested and changed together")
                .check(main);
    }

    @Test
    void referenceDataAndCrossCuttingCodeNeverUseArticles() {
        noClasses().that().resideInAnyPackage("dev.newsdesk.section..", "dev.newsdesk.author..",
                        "dev.newsdesk.tag..", "dev.newsdesk.media..", "dev.newsdesk.reference..",
                        "dev.newsdesk.web..", "dev.newsdesk.text..", "dev.newsdesk.config..",
                        "dev.newsdesk.security..")
                .should().dependOnClassesThat().resideInAPackage("dev.newsdesk.article..")
                .because("articles refer to their section, byline, tags and media, so those must not refer back")
                .check(main);
    }
}
