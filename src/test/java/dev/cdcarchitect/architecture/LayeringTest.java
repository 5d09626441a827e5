package dev.cdcarchitect.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The layers of docs/architecture.md: dependencies point down only. Plain JUnit tests (rather than
 * ArchUnit's own engine) so Surefire counts and reports every rule.
 */
class LayeringTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cdcarchitect");

    private static final String ROOT = "dev.cdcarchitect.";

    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true) // ui, llm, compare arrive with later issues
            .layer("App").definedBy(ROOT + "app..")
            .layer("Ui").definedBy(ROOT + "ui..")
            .layer("Cli").definedBy(ROOT + "cli..")
            .layer("Design").definedBy(ROOT + "design..")
            .layer("Core").definedBy(ROOT + "intake..", ROOT + "safety..", ROOT + "rules..", ROOT + "topology..",
                    ROOT + "llm..", ROOT + "export..", ROOT + "project..", ROOT + "compare..",
                    ROOT + "connect..", ROOT + "impact..", ROOT + "cutover..")
            .layer("Domain").definedBy(ROOT + "domain..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Design").mayOnlyBeAccessedByLayers("App", "Ui", "Cli")
            .whereLayer("Core").mayOnlyBeAccessedByLayers("App", "Ui", "Cli", "Design", "Core")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("App", "Ui", "Cli", "Design", "Core");

    static final ArchRule domainDependsOnTheJdkOnly = noClasses().that().resideInAPackage(ROOT + "domain..")
            .should().dependOnClassesThat().resideOutsideOfPackages(ROOT + "domain..", "java..", "com.fasterxml.jackson.annotation..");

    /** The cutover plan and its queries are pure: the export passes in what it needs from the rules (replica names). */
    static final ArchRule cutoverDependsOnTheDomainOnly = noClasses().that().resideInAPackage(ROOT + "cutover..")
            .should().dependOnClassesThat().resideOutsideOfPackages(ROOT + "cutover..", ROOT + "domain..", "java..");

    static final ArchRule noJavaFxBelowTheUi = noClasses().that().resideOutsideOfPackages(ROOT + "ui..", ROOT + "app..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    static final ArchRule picocliOnlyInCli = noClasses().that().resideOutsideOfPackage(ROOT + "cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");

    // connect: Kafka Connect's REST answers are JSON (validate --connect-url, issue 15).
    static final ArchRule jacksonIoOnlyInProjectLlmAndExport = noClasses().that().resideOutsideOfPackages(ROOT + "project..", ROOT + "llm..", ROOT + "export..", ROOT + "compare..",
                    ROOT + "connect..", ROOT + "impact..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson.databind..");

    static final ArchRule jgraphxOnlyInTopologyLayout = noClasses().that().resideOutsideOfPackage(ROOT + "topology.layout..")
            .should().dependOnClassesThat().resideInAPackage("com.mxgraph..");

    static final ArchRule okHttpOnlyInTheLlmClient = noClasses().that().resideOutsideOfPackage(ROOT + "llm.client..")
            .should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "okio..");

    static final ArchRule snakeYamlOnlyInPromptFiles = noClasses().that().resideOutsideOfPackage(ROOT + "llm.prompt..")
            .should().dependOnClassesThat().resideInAPackage("org.yaml.snakeyaml..");

    static final ArchRule controlsFxOnlyInUi = noClasses().that().resideOutsideOfPackage(ROOT + "ui..")
            .should().dependOnClassesThat().resideInAPackage("org.controlsfx..");

    static final ArchRule coreModulesDoNotReachIntoEachOther = noClasses().that().resideInAnyPackage(ROOT + "rules..", ROOT + "topology..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + "intake..", ROOT + "safety..", ROOT + "export..", ROOT + "project..");

    /**
     * Every package is its own slice and no two reach each other, directly or round a loop: a sub-package builds
     * on its parent's shared types (rules.base, export.document, rehearse.check) and the assembler above depends
     * on the sub-packages, never the other way round.
     */
    static final ArchRule packagesAreFreeOfCycles = slices().matching(ROOT + "(**)").should().beFreeOfCycles();

    @Test void layersPointDown() { layers.check(CLASSES); }

    @Test void domainDependsOnTheJdkOnly() { domainDependsOnTheJdkOnly.check(CLASSES); }
    @Test void cutoverDependsOnTheDomainOnly() { cutoverDependsOnTheDomainOnly.check(CLASSES); }

    @Test void noJavaFxBelowTheUi() { noJavaFxBelowTheUi.check(CLASSES); }

    @Test void picocliOnlyInCli() { picocliOnlyInCli.check(CLASSES); }

    @Test void okHttpOnlyInTheLlmClient() { okHttpOnlyInTheLlmClient.check(CLASSES); }

    @Test void snakeYamlOnlyInPromptFiles() { snakeYamlOnlyInPromptFiles.check(CLASSES); }

    @Test void jacksonIoOnlyInProjectLlmAndExport() { jacksonIoOnlyInProjectLlmAndExport.check(CLASSES); }

    @Test void jgraphxOnlyInTopologyLayout() { jgraphxOnlyInTopologyLayout.check(CLASSES); }

    @Test void controlsFxOnlyInUi() { controlsFxOnlyInUi.check(CLASSES); }

    @Test void coreModulesDoNotReachIntoEachOther() { coreModulesDoNotReachIntoEachOther.check(CLASSES); }

    @Test void packagesAreFreeOfCycles() { packagesAreFreeOfCycles.check(CLASSES); }
}
