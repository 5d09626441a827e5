package dev.cdcarchitect.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.export.MarkdownSpecWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden specifications: the Markdown of each representative design is compared byte for byte with the
 * reviewed file in src/test/resources/golden. After an intended change, regenerate with
 * {@code mvn test -Dtest=GoldenSpecTest -Dgolden.update=true} and review the diff.
 */
class GoldenSpecTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    static Stream<GoldenDesigns.Case> cases() {
        return GoldenDesigns.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void markdownMatchesTheReviewedGoldenFile(GoldenDesigns.Case c) throws IOException {
        DesignResult.Generated result = assertInstanceOf(DesignResult.Generated.class, new DesignService().design(c.source(), c.target()));
        String actual = new MarkdownSpecWriter().write(result.spec());
        Path file = GOLDEN.resolve(c.name() + ".md");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(file), () -> "no golden file " + file + "; run with -Dgolden.update=true and review it");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, () -> "spec changed for " + c.name());
    }
}
