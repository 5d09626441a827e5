package dev.cdcarchitect.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.Hosting;
import dev.cdcarchitect.domain.KafkaPlatform;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.domain.TargetKind;
import dev.cdcarchitect.intake.DesignInputParser;
import dev.cdcarchitect.rules.GoldenDesigns;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text → form → one field changed → text, for every golden design and every field: the edit reads back to the
 * new value, the texts differ from the user's only in one place (two for an engine and its version), and every
 * other fact, named object and assumption reads as before.
 */
class FormTextRoundTripTest {

    private record Change(FormField field, Consumer<FormViewModel> apply) {}

    private final DesignInputParser parser = new DesignInputParser();

    static Stream<GoldenDesigns.Case> cases() {
        List<GoldenDesigns.Case> all = new ArrayList<>(GoldenDesigns.ALL);
        all.add(new GoldenDesigns.Case("rich", FormSpanEditTest.RICH_SOURCE, FormSpanEditTest.RICH_TARGET));
        return all.stream();
    }

    private static List<Change> changes(FormViewModel f) {
        boolean oracle = f.engine.get() == SourceEngine.ORACLE;
        long latency = (long) FormValues.number(f.latencyMillis.get());
        long retention = (long) FormValues.number(f.retentionDays.get());
        double rate = FormValues.number(f.rate.get());
        String volume = QuantityWords.format(FormValues.number(f.volume.get()) * 2, "1");
        TargetKind extra = f.targets.contains(TargetKind.BIGQUERY) ? TargetKind.OPENSEARCH : TargetKind.BIGQUERY;
        KafkaPlatform platform = f.platform.get() == KafkaPlatform.REDPANDA ? KafkaPlatform.AMAZON_MSK : KafkaPlatform.REDPANDA;
        Hosting hosting = f.hosting.get() == Hosting.GCP_CLOUD_SQL ? Hosting.AWS_RDS : Hosting.GCP_CLOUD_SQL;
        List<Change> changes = new ArrayList<>(List.of(
                new Change(FormField.VERSION, x -> x.version.set(oracle ? "21c" : "21.1")),
                new Change(FormField.HOSTING, x -> x.hosting.set(hosting)),
                new Change(FormField.VOLUME, x -> x.volume.set(volume)),
                new Change(FormField.RATE, x -> x.rate.set(QuantityWords.format(rate * 1.5, "1"))),
                new Change(FormField.TARGETS, x -> x.targets.add(extra)),
                new Change(FormField.PLATFORM, x -> x.platform.set(platform)),
                new Change(FormField.LATENCY, x -> x.latencyMillis.set(String.valueOf(latency * 2))),
                new Change(FormField.RETENTION, x -> x.retentionDays.set(String.valueOf(retention + 7)))));
        for (FormField toggle : List.of(FormField.UPDATE_HEAVY, FormField.DELETE_HEAVY, FormField.APPEND_ONLY, FormField.BURSTY,
                FormField.COMPOSITE_KEYS, FormField.MISSING_KEYS, FormField.EXACTLY_ONCE)) {
            changes.add(new Change(toggle, x -> FormValues.toggle(toggle, x).set(!FormValues.toggle(toggle, x).get())));
        }
        return changes;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyFieldEditsOnlyItsOwnWords(GoldenDesigns.Case c) {
        DesignInput before = parser.parse(c.source(), c.target());
        FormViewModel probe = new FormViewModel();
        probe.fillFrom(before);
        List<String> problems = new ArrayList<>();
        for (Change change : changes(probe)) {
            FormViewModel form = new FormViewModel();
            form.fillFrom(before);
            FormTextWriter writer = new FormTextWriter(form);
            writer.show(before);
            change.apply().accept(form);
            Texts next = writer.write(change.field(), new Texts(c.source(), c.target()));
            if (next == null) {
                problems.add(change.field() + ": not written (" + form.message.get() + ")");
                continue;
            }
            DesignInput after = parser.parse(next.source(), next.target());
            FormViewModel read = new FormViewModel();
            read.fillFrom(after);
            if (!change.field().agrees(form, read)) problems.add(change.field() + ": reads back differently");
            int places = Diff.places(c.source(), next.source()) + Diff.places(c.target(), next.target());
            if (places > (change.field() == FormField.ENGINE || change.field() == FormField.RATE ? 2 : 1)) {
                problems.add(change.field() + ": " + places + " places changed: " + next);
            }
            try {
                Provenance.sameExcept(before, after, EditedFacts.of(change.field()));
            } catch (AssertionError e) {
                problems.add(change.field() + ": " + e.getMessage() + "\n   " + next);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void anotherEngineReadsBackWithItsOwnVersionAssumed(GoldenDesigns.Case c) {
        DesignInput before = parser.parse(c.source(), c.target());
        SourceEngine other = before.source().engine() == SourceEngine.POSTGRESQL ? SourceEngine.MYSQL : SourceEngine.POSTGRESQL;
        Texts next = FormSpanEditTest.edit(c.source(), c.target(), FormField.ENGINE, f -> f.engine.set(other));
        DesignInput after = parser.parse(next.source(), next.target());
        assertEquals(other, after.source().engine(), next.source());
        assertTrue(after.assumptions().stream().anyMatch(a -> a.field().equals("version")), next.source());
        assertEquals(c.target(), next.target());
    }
}
