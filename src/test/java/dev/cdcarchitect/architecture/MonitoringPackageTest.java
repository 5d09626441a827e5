package dev.cdcarchitect.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Monitoring as code (issue 17) builds from the domain alone: it never reaches into the other export packages, so
 * the export package can include it without a cycle.
 */
class MonitoringPackageTest {

    private static final JavaClasses MONITORING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cdcarchitect.export.monitoring");

    @Test
    void dependsOnTheDomainOnly() {
        noClasses().that().resideInAPackage("dev.cdcarchitect.export.monitoring..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("dev.cdcarchitect..")
                        .and(JavaClass.Predicates.resideOutsideOfPackages("dev.cdcarchitect.domain..", "dev.cdcarchitect.export.monitoring..")))
                .check(MONITORING);
    }
}
