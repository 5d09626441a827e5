package dev.cdcarchitect.ui.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.NamedObject;
import dev.cdcarchitect.domain.ObjectKind;
import dev.cdcarchitect.domain.ObjectRole;
import dev.cdcarchitect.intake.DesignInputParser;
import dev.cdcarchitect.ui.marks.ExampleTexts;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** parse → edit one object → parse: the intake reads the edit back and nothing else changes. */
class ObjectEditsRoundTripTest {

    private static final String TARGET = ExampleTexts.TARGET;
    private final DesignInputParser parser = new DesignInputParser();

    private DesignInput parse(String source) {
        return parser.parse(source, TARGET);
    }

    private static Map<String, Set<ObjectRole>> roles(DesignInput input) {
        return input.facts().objects().stream().collect(Collectors.toMap(o -> o.kind() + " " + o.name(), NamedObject::roles));
    }

    private static NamedObject object(DesignInput input, ObjectKind kind, String name) {
        return input.facts().objects().stream().filter(o -> o.kind() == kind && o.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(kind + " " + name + " not read from: " + input.sourceText()));
    }

    /** Everything but the named objects reads the same. */
    private static void sameOtherwise(DesignInput before, DesignInput after) {
        assertEquals(before.source(), after.source());
        assertEquals(before.targets(), after.targets());
        assertEquals(before.requirements(), after.requirements());
        assertEquals(before.trace().notUnderstood().stream().map(n -> n.words()).toList(),
                after.trace().notUnderstood().stream().map(n -> n.words()).toList());
    }

    @Test
    void renamingATableReplacesExactlyItsWords() {
        DesignInput before = parse(ExampleTexts.SOURCE);
        NamedObject orders = object(before, ObjectKind.TABLE, "orders");
        String edited = ObjectTextEdits.rename(ExampleTexts.SOURCE, List.of(orders.span()), "orders_v2");
        assertEquals(ExampleTexts.SOURCE.substring(0, orders.span().start()) + "orders_v2"
                + ExampleTexts.SOURCE.substring(orders.span().end()), edited);
        DesignInput after = parse(edited);
        assertEquals(Set.of(ObjectRole.CAPTURED), object(after, ObjectKind.TABLE, "orders_v2").roles());
        assertTrue(after.facts().objects().stream().noneMatch(o -> o.name().equals("orders")));
        assertEquals(before.facts().objects().size(), after.facts().objects().size());
        sameOtherwise(before, after);
    }

    @Test
    void renamingAQualifiedColumnKeepsItsTable() {
        String source = ExampleTexts.SOURCE + " The column customers.email must never leave the database.";
        DesignInput before = parse(source);
        NamedObject email = object(before, ObjectKind.COLUMN, "customers.email");
        DesignInput after = parse(ObjectTextEdits.rename(source, List.of(email.span()), "contact_email"));
        assertTrue(object(after, ObjectKind.COLUMN, "customers.contact_email").has(ObjectRole.SENSITIVE));
    }

    @Test
    void markingAColumnSensitiveAndBackRestoresTheText() {
        String source = "PostgreSQL 15, 2 TB. The documents table has a payload column with large JSON.";
        DesignInput before = parse(source);
        NamedObject payload = object(before, ObjectKind.COLUMN, "documents.payload");
        assertEquals(Set.of(ObjectRole.LARGE_VALUES), payload.roles());

        String edited = ObjectTextEdits.add(source, ObjectTextEdits.sensitiveClause(payload));
        assertTrue(edited.startsWith(source), "the user's text is kept as it was");
        DesignInput after = parse(edited);
        assertEquals(Set.of(ObjectRole.LARGE_VALUES, ObjectRole.SENSITIVE), object(after, ObjectKind.COLUMN, "documents.payload").roles());
        assertEquals(before.facts().objects().size(), after.facts().objects().size(), "no new object from our sentence");
        sameOtherwise(before, after);

        assertEquals(source, ObjectTextEdits.remove(edited, ObjectTextEdits.sensitiveClause(payload)));
    }

    @Test
    void skippingATableAndBackRestoresTheText() {
        DesignInput before = parse(ExampleTexts.SOURCE);
        NamedObject audit = object(before, ObjectKind.TABLE, "audit_log");
        String edited = ObjectTextEdits.add(ExampleTexts.SOURCE, ObjectTextEdits.excludedClause(audit));
        assertEquals(ExampleTexts.SOURCE + " Skip the table audit_log.", edited);
        DesignInput after = parse(edited);
        assertEquals(Set.of(ObjectRole.KEYLESS, ObjectRole.EXCLUDED), object(after, ObjectKind.TABLE, "audit_log").roles());
        Map<String, Set<ObjectRole>> expected = roles(before);
        expected.put("TABLE audit_log", Set.of(ObjectRole.KEYLESS, ObjectRole.EXCLUDED));
        assertEquals(expected, roles(after), "only audit_log changed");
        sameOtherwise(before, after);
        assertEquals(ExampleTexts.SOURCE, ObjectTextEdits.remove(edited, ObjectTextEdits.excludedClause(audit)));
    }

    @Test
    void aTextWithoutAFullStopGetsTheSentenceOnItsOwnLine() {
        String source = "PostgreSQL 15, 2 TB, tables audit_log and events_raw have no primary key";
        DesignInput before = parse(source);
        NamedObject events = object(before, ObjectKind.TABLE, "events_raw");
        String edited = ObjectTextEdits.add(source, ObjectTextEdits.excludedClause(events));
        assertEquals(source + "\nSkip the table events_raw.", edited);
        DesignInput after = parse(edited);
        assertTrue(object(after, ObjectKind.TABLE, "events_raw").has(ObjectRole.EXCLUDED));
        assertTrue(!object(after, ObjectKind.TABLE, "audit_log").has(ObjectRole.EXCLUDED), "its neighbour is not skipped");
        sameOtherwise(before, after);
        assertEquals(source, ObjectTextEdits.remove(edited, ObjectTextEdits.excludedClause(events)));
    }

    @Test
    void removingASentenceWeDidNotWriteChangesNothing() {
        assertEquals(null, ObjectTextEdits.remove(ExampleTexts.SOURCE, "Skip the table orders."));
        NamedObject any = parse(ExampleTexts.SOURCE).facts().objects().get(0);
        assertNotNull(any);
        Function<String, String> twice = t -> ObjectTextEdits.add(t, ObjectTextEdits.excludedClause(any));
        assertEquals(twice.apply(ExampleTexts.SOURCE), twice.apply(twice.apply(ExampleTexts.SOURCE)), "added once only");
    }
}
