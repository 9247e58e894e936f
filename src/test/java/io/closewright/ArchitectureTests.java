package io.closewright;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Rules the module structure alone does not enforce. */
class ArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.closewright");

    @Test
    void theSchedulerIsPlainJava() {
        noClasses()
                .that()
                .resideInAPackage("io.closewright.closeplan.scheduling..")
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta..", "java.sql..", "javax.sql..")
                .because("the close-plan scheduler is pure domain code (DESIGN.md), testable without a container")
                .check(classes);
    }

    @Test
    void theSchedulerDoesNotReachIntoTheRestOfTheApplication() {
        noClasses()
                .that()
                .resideInAPackage("io.closewright.closeplan.scheduling..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.closewright.identity..", "io.closewright.account..", "io.closewright.opportunity..")
                .check(classes);
    }

    @Test
    void theAccountModuleDoesNotDependOnTheOpportunityModule() {
        noClasses()
                .that()
                .resideInAPackage("io.closewright.account..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.closewright.opportunity..")
                .check(classes);
    }

    @Test
    void theAccountModuleWritesNoSqlAgainstDealTables() throws java.io.IOException {
        java.util.List<String> found = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/java/io/closewright/account"))) {
            for (java.nio.file.Path file : files.toList()) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)(FROM|JOIN)\\s+opportunity\\b")
                        .matcher(java.nio.file.Files.readString(file));
                while (m.find()) {
                    found.add(file.getFileName() + ": " + m.group());
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(found).isEmpty();
    }
}
