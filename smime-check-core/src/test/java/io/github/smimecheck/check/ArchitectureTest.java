package io.github.smimecheck.check;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Keeps the core free of front-end types and of ad hoc reads of the wall clock. */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.smimecheck.check");

    @Test
    void coreImportsNoMavenOrJenkinsTypes() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.apache.maven..", "hudson..", "jenkins..", "org.jenkinsci..", "org.kohsuke..")
                .check(CORE);
    }

    @Test
    void coreReadsTimeOnlyFromTheInjectedClock() {
        noClasses().should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callConstructor(java.util.Date.class)
                .because("expiry and exception dates must be testable on any day through the injected Clock")
                .check(CORE);
    }
}
