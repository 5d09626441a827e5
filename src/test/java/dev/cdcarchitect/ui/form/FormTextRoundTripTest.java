package dev.cdcarchitect.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.intake.DesignInputParser;
import dev.cdcarchitect.rules.GoldenDesigns;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Form and text stay in sync: text -> form -> text reads back to the same design input. */
class FormTextRoundTripTest {

    private final DesignInputParser parser = new DesignInputParser();

    static Stream<GoldenDesigns.Case> cases() {
        return GoldenDesigns.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void composedTextReadsBackToTheSameInput(GoldenDesigns.Case c) {
        DesignInput original = parser.parse(c.source(), c.target());
        FormViewModel form = new FormViewModel();
        form.fillFrom(original);
        DesignInput again = parser.parse(FormTextComposer.source(form, original), FormTextComposer.target(form, original));

        var a = original.source();
        var b = again.source();
        assertEquals(a.engine(), b.engine());
        assertEquals(a.hosting(), b.hosting());
        assertEquals(a.version(), b.version());
        assertEquals(a.volumeBytes(), b.volumeBytes(), a.volumeBytes() * 0.01);
        assertEquals(a.peakChangesPerSecond(), b.peakChangesPerSecond(), 0.5);
        assertEquals(a.averageRowBytes(), b.averageRowBytes());
        assertEquals(a.tableCount(), b.tableCount());
        assertEquals(a.workload(), b.workload());
        assertEquals(a.keys(), b.keys());
        assertEquals(a.data(), b.data());
        assertEquals(a.highAvailability(), b.highAvailability());
        assertEquals(a.nodeCount(), b.nodeCount());
        assertEquals(original.platform(), again.platform());
        assertEquals(original.targets(), again.targets());
        assertEquals(original.requirements(), again.requirements());
    }

    @org.junit.jupiter.api.Test
    void factsTheFormDoesNotShowSurviveAFormEdit() {
        DesignInput original = parser.parse("PostgreSQL 14, 2 TB, 10k TPS",
                "Confluent Kafka to Snowflake; Protobuf; source captured by Debezium Server");
        FormViewModel form = new FormViewModel();
        form.fillFrom(original);
        form.retentionDays.set("14");
        DesignInput again = parser.parse(FormTextComposer.source(form, original), FormTextComposer.target(form, original));
        assertEquals(dev.cdcarchitect.domain.CaptureRuntime.DEBEZIUM_SERVER, again.requirements().runtime());
        assertEquals(dev.cdcarchitect.domain.SchemaFormat.PROTOBUF, again.requirements().schemaFormat());
        assertEquals(14, again.requirements().retentionDays());
    }
}
