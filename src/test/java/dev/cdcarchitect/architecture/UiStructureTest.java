package dev.cdcarchitect.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The window's packages (docs/architecture.md, "ui"): one package per feature over a small base ({@code ui.fx},
 * {@code ui.design}); the shell ({@code ui}) depends on the features, never the other way, and no class grows
 * past what one reader keeps in mind.
 */
class UiStructureTest {

    private static final int MOST_LINES = 300;

    private static final JavaClasses UI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cdcarchitect.ui");

    @Test
    void uiPackagesAreFreeOfCycles() {
        slices().assignedFrom(SHELL_AND_FEATURES).should().beFreeOfCycles().check(UI);
    }

    /** "ui.(*).." alone would leave the shell (the ui package itself) out, hiding shell <-> feature cycles. */
    private static final SliceAssignment SHELL_AND_FEATURES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String pkg = javaClass.getPackageName();
            if (pkg.equals("dev.cdcarchitect.ui")) return SliceIdentifier.of("ui (shell)");
            if (!pkg.startsWith("dev.cdcarchitect.ui.")) return SliceIdentifier.ignore();
            return SliceIdentifier.of("ui." + pkg.substring("dev.cdcarchitect.ui.".length()).split("\\.")[0]);
        }

        @Override
        public String getDescription() {
            return "the ui shell and each ui feature package";
        }
    };

    @Test
    void noUiClassIsLongerThan300Lines() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/cdcarchitect/ui"))) {
            tooLong = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> lines(f) > MOST_LINES)
                    .map(f -> f + " (" + lines(f) + " lines)").sorted().toList();
        }
        assertEquals(List.of(), tooLong, "ui classes over " + MOST_LINES + " lines");
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new IllegalStateException(file + " could not be read", e);
        }
    }
}
