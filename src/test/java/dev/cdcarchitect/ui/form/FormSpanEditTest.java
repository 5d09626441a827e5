package dev.cdcarchitect.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.DeliveryGuarantee;
import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.Hosting;
import dev.cdcarchitect.domain.KafkaPlatform;
import dev.cdcarchitect.domain.KeyTrait;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.domain.TargetKind;
import dev.cdcarchitect.domain.Workload;
import dev.cdcarchitect.intake.DesignInputParser;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * One form field changed → the texts differ only in that fact's words (or one clause of ours), the edit reads
 * back to the new value, and every other fact, named object and assumption reads as before.
 */
class FormSpanEditTest {

    static final String SEED_SOURCE = "PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.";
    static final String SEED_TARGET = "Confluent Kafka with target sinks to Snowflake and Elasticsearch.";
    static final String RICH_SOURCE = "MySQL 8.0 on RDS with 3 databases (sales, billing, crm). Capture only the tables orders,"
            + " order_items and payments. The customers table has an ssn column that must never leave the database."
            + " Peak 8,000 row changes/s. Binlog retention is 24 h. Truncates must be propagated.";
    static final String RICH_TARGET = "No Kafka; Pub/Sub. Events visible within 30 s. 4 consumer applications read the change events.";

    private final DesignInputParser parser = new DesignInputParser();

    /** The texts after one form edit; null when the writer wrote nothing. */
    static Texts edit(String source, String target, FormField field, Consumer<FormViewModel> change) {
        DesignInput before = new DesignInputParser().parse(source, target);
        FormViewModel form = new FormViewModel();
        form.fillFrom(before);
        FormTextWriter writer = new FormTextWriter(form);
        writer.show(before);
        change.accept(form);
        assertTrue(form.validate(), "the changed form must be valid");
        return writer.write(field, new Texts(source, target));
    }

    @Test
    void seedRateKeepsTheUsersUnit() {
        Texts t = edit(SEED_SOURCE, SEED_TARGET, FormField.RATE, f -> f.rate.set("12000"));
        assertEquals("PostgreSQL 14, 50TB volume, 12k TPS, heavy update workload on composite primary keys.", t.source());
        assertEquals(SEED_TARGET, t.target());
        DesignInput after = parser.parse(t.source(), t.target());
        assertEquals(12_000, after.source().peakChangesPerSecond(), 0.5);
        Provenance.sameExcept(parser.parse(SEED_SOURCE, SEED_TARGET), after, "transaction rate", "peak rate");
    }

    @Test
    void seedRateWithoutAShortFormGetsOurNumberInTheUsersPlace() {
        Texts t = edit(SEED_SOURCE, SEED_TARGET, FormField.RATE, f -> f.rate.set("12345.5"));
        assertEquals(12_345.5, parser.parse(t.source(), t.target()).source().peakChangesPerSecond(), 0.5);
        assertTrue(t.source().contains(" TPS, heavy update"), t.source());
    }

    @Test
    void anotherPlatformTakesTheVendorOfTheOldOneWithIt() {
        String target = "Amazon MSK feeding a MySQL replica; exactly-once required";
        Texts t = edit("PostgreSQL 16, 300 GB, 800 TPS", target, FormField.PLATFORM, f -> f.platform.set(KafkaPlatform.STRIMZI));
        assertEquals("Strimzi feeding a MySQL replica; exactly-once required", t.target());
        assertEquals(KafkaPlatform.STRIMZI, parser.parse(t.source(), t.target()).platform());
    }

    @Test
    void seedVersionChangesOnlyTheNumber() {
        Texts t = edit(SEED_SOURCE, SEED_TARGET, FormField.VERSION, f -> f.version.set("16"));
        assertEquals(SEED_SOURCE.replace("PostgreSQL 14", "PostgreSQL 16"), t.source());
        Provenance.sameExcept(parser.parse(SEED_SOURCE, SEED_TARGET), parser.parse(t.source(), t.target()), "version");
    }

    @Test
    void anotherEngineDropsTheOldEnginesVersionSoItIsAssumedAgain() {
        Texts t = edit(SEED_SOURCE, SEED_TARGET, FormField.ENGINE, f -> f.engine.set(SourceEngine.MYSQL));
        assertEquals("MySQL, 50TB volume, 10k TPS, heavy update workload on composite primary keys.", t.source());
        DesignInput after = parser.parse(t.source(), t.target());
        assertEquals(SourceEngine.MYSQL, after.source().engine());
        assertEquals("8.0", after.source().version());
        assertTrue(after.assumptions().stream().anyMatch(a -> a.field().equals("version")), after.assumptions().toString());
        Provenance.sameExcept(parser.parse(SEED_SOURCE, SEED_TARGET), after, "engine", "version");
    }

    @Test
    void assumedHostingIsSaidAfterTheVersion() {
        Texts t = edit(SEED_SOURCE, SEED_TARGET, FormField.HOSTING, f -> f.hosting.set(Hosting.AWS_RDS));
        assertEquals(SEED_SOURCE.replace("PostgreSQL 14,", "PostgreSQL 14 on Amazon RDS,"), t.source());
        DesignInput after = parser.parse(t.source(), t.target());
        assertEquals(Hosting.AWS_RDS, after.source().hosting());
        Provenance.sameExcept(parser.parse(SEED_SOURCE, SEED_TARGET), after, "hosting");
    }

    @Test
    void volumeKeepsTheUsersSpacingAndWords() {
        Texts t = edit(SEED_SOURCE, SEED_TARGET, FormField.VOLUME, f -> f.volume.set("60"));
        assertEquals(SEED_SOURCE.replace("50TB", "60TB"), t.source());
        t = edit(SEED_SOURCE, SEED_TARGET, FormField.VOLUME, f -> f.volumeUnit.set("PB"));
        assertEquals(SEED_SOURCE.replace("50TB", "50 PB"), t.source());
        assertEquals(50e15, parser.parse(t.source(), t.target()).source().volumeBytes(), 1e12);
    }

    @Test
    void togglesRemoveExactlyTheirWordsAndAddOneClause() {
        Texts off = edit(SEED_SOURCE, SEED_TARGET, FormField.UPDATE_HEAVY, f -> f.updateHeavy.set(false));
        assertEquals("PostgreSQL 14, 50TB volume, 10k TPS, workload on composite primary keys.", off.source());
        DesignInput after = parser.parse(off.source(), off.target());
        assertFalse(after.source().has(Workload.UPDATE_HEAVY));
        assertTrue(after.source().has(KeyTrait.COMPOSITE));

        Texts on = edit(SEED_SOURCE, SEED_TARGET, FormField.DELETE_HEAVY, f -> f.deleteHeavy.set(true));
        assertEquals(SEED_SOURCE + " Delete-heavy.", on.source());
        assertTrue(parser.parse(on.source(), on.target()).source().has(Workload.DELETE_HEAVY));
        // and switching it off again gives back the user's text
        assertEquals(SEED_SOURCE, edit(on.source(), on.target(), FormField.DELETE_HEAVY, f -> f.deleteHeavy.set(false)).source());
    }

    @Test
    void assumedPeakRateIsOneClauseAndNoOtherDefaultIsStated() {
        String source = "PostgreSQL 15";
        Texts t = edit(source, "Kafka to Snowflake", FormField.RATE, f -> f.rate.set("12000"));
        assertEquals("PostgreSQL 15, 12,000 changes/s at peak", t.source());
        DesignInput after = parser.parse(t.source(), t.target());
        assertEquals(12_000, after.source().peakChangesPerSecond(), 0.5);
        // volume, row size, tables, latency, retention... are still assumptions
        assertEquals(parser.parse(source, "Kafka to Snowflake").assumptions().size() - 1, after.assumptions().size(),
                after.assumptions().toString());
    }

    @Test
    void targetsAreRemovedWithTheirJointAndAddedToTheList() {
        Texts t = edit(SEED_SOURCE, SEED_TARGET, FormField.TARGETS, f -> f.targets.remove(TargetKind.ELASTICSEARCH));
        assertEquals("Confluent Kafka with target sinks to Snowflake.", t.target());
        assertEquals(SEED_SOURCE, t.source());
        t = edit(SEED_SOURCE, SEED_TARGET, FormField.TARGETS, f -> f.targets.remove(TargetKind.SNOWFLAKE));
        assertEquals("Confluent Kafka with target sinks to Elasticsearch.", t.target());
        t = edit(SEED_SOURCE, SEED_TARGET, FormField.TARGETS, f -> f.targets.add(TargetKind.BIGQUERY));
        assertEquals("Confluent Kafka with target sinks to Snowflake and Elasticsearch and BigQuery.", t.target());
        Provenance.sameExcept(parser.parse(SEED_SOURCE, SEED_TARGET), parser.parse(t.source(), t.target()), "target");
    }

    @Test
    void platformReplacesOnlyItsWords() {
        Texts t = edit(SEED_SOURCE, SEED_TARGET, FormField.PLATFORM, f -> f.platform.set(KafkaPlatform.AMAZON_MSK));
        assertEquals(SEED_TARGET.replace("Confluent Kafka", "Amazon MSK Kafka"), t.target());
        t = edit(SEED_SOURCE, SEED_TARGET, FormField.PLATFORM, f -> f.platform.set(KafkaPlatform.APACHE_KAFKA));
        assertEquals(SEED_TARGET.replace("Confluent Kafka", "Apache Kafka"), t.target());
        assertEquals(KafkaPlatform.APACHE_KAFKA, parser.parse(t.source(), t.target()).platform());
    }

    @Test
    void exactlyOnceLatencyAndRetentionAreClausesWhenAssumed() {
        Texts t = edit(SEED_SOURCE, SEED_TARGET, FormField.EXACTLY_ONCE, f -> f.exactlyOnce.set(true));
        assertEquals(SEED_TARGET + " Exactly-once.", t.target());
        assertEquals(DeliveryGuarantee.EXACTLY_ONCE, parser.parse(t.source(), t.target()).requirements().delivery());
        t = edit(SEED_SOURCE, SEED_TARGET, FormField.LATENCY, f -> f.latencyMillis.set("2000"));
        assertEquals(SEED_TARGET + " P99 latency under 2 s.", t.target());
        assertEquals(2000, parser.parse(t.source(), t.target()).requirements().latencySloMillis());
        t = edit(SEED_SOURCE, SEED_TARGET, FormField.RETENTION, f -> f.retentionDays.set("14"));
        assertEquals(SEED_TARGET + " Retention 14 days.", t.target());
        assertEquals(14, parser.parse(t.source(), t.target()).requirements().retentionDays());
    }

    @Test
    void statedLatencyAndRetentionKeepTheirUnits() {
        String target = "Kafka to Snowflake; p99 latency under 5 s; retain 2 weeks";
        Texts t = edit(SEED_SOURCE, target, FormField.LATENCY, f -> f.latencyMillis.set("1500"));
        assertEquals("Kafka to Snowflake; p99 latency under 1.5 s; retain 2 weeks", t.target());
        t = edit(SEED_SOURCE, target, FormField.RETENTION, f -> f.retentionDays.set("21"));
        assertEquals("Kafka to Snowflake; p99 latency under 5 s; retain 3 weeks", t.target());
        t = edit(SEED_SOURCE, target, FormField.RETENTION, f -> f.retentionDays.set("10"));
        assertEquals("Kafka to Snowflake; p99 latency under 5 s; retain 10 days", t.target());
    }

    @Test
    void richInputKeepsNamedObjectsTruncatesLogRetentionAndNoKafka() {
        DesignInput before = parser.parse(RICH_SOURCE, RICH_TARGET);
        Texts t = edit(RICH_SOURCE, RICH_TARGET, FormField.RATE, f -> f.rate.set("9000"));
        assertEquals(RICH_SOURCE.replace("Peak 8,000", "Peak 9,000"), t.source());
        assertEquals(RICH_TARGET, t.target());
        DesignInput after = parser.parse(t.source(), t.target());
        assertEquals(9000, after.source().peakChangesPerSecond(), 0.5);
        Provenance.sameExcept(before, after, "peak change rate");

        t = edit(RICH_SOURCE, RICH_TARGET, FormField.VERSION, f -> f.version.set("8.4"));
        assertEquals(RICH_SOURCE.replace("MySQL 8.0", "MySQL 8.4"), t.source());
        Provenance.sameExcept(before, parser.parse(t.source(), t.target()), "version");

        t = edit(RICH_SOURCE, RICH_TARGET, FormField.COMPOSITE_KEYS, f -> f.compositeKeys.set(true));
        assertEquals(RICH_SOURCE + " Composite primary keys.", t.source());
        Provenance.sameExcept(before, parser.parse(t.source(), t.target()), "keys");

        t = edit(RICH_SOURCE, RICH_TARGET, FormField.LATENCY, f -> f.latencyMillis.set("10000"));
        assertEquals(RICH_TARGET.replace("within 30 s", "within 10 s"), t.target());
        Provenance.sameExcept(before, parser.parse(t.source(), t.target()), "latency objective");
    }

    @Test
    void aPeakDerivedFromABurstyAverageIsStatedAsAClauseAndTheAverageStays() {
        String source = "PostgreSQL 15 (self-managed), average 2k TPS, bursty";
        Texts t = edit(source, SEED_TARGET, FormField.RATE, f -> f.rate.set("9000"));
        assertEquals(source + ", 9,000 changes/s at peak", t.source());
        assertEquals(9000, parser.parse(t.source(), t.target()).source().peakChangesPerSecond(), 0.5);
        t = edit(source, SEED_TARGET, FormField.HOSTING, f -> f.hosting.set(Hosting.AWS_RDS));
        assertEquals(source.replace("(self-managed)", "(Amazon RDS)"), t.source());
        assertEquals(Hosting.AWS_RDS, parser.parse(t.source(), t.target()).source().hosting());
    }

    @Test
    void aValueTheFormAlreadyHoldsWritesNothing() {
        assertNull(edit(SEED_SOURCE, SEED_TARGET, FormField.RATE, f -> f.rate.set("10,000")));
    }

    @Test
    void aTraitStatedTwiceCannotBeSwitchedOffByTheFormAndSaysWhy() {
        String source = "PostgreSQL 14, update-heavy; mostly updates";
        DesignInput before = parser.parse(source, SEED_TARGET);
        FormViewModel form = new FormViewModel();
        form.fillFrom(before);
        FormTextWriter writer = new FormTextWriter(form);
        writer.show(before);
        form.updateHeavy.set(false);
        assertNull(writer.write(FormField.UPDATE_HEAVY, new Texts(source, SEED_TARGET)));
        assertFalse(form.message.get().isEmpty());
    }

    @Test
    void editsFollowTextsThatMovedOnSinceTheFormWasFilled() {
        DesignInput before = parser.parse(SEED_SOURCE, SEED_TARGET);
        FormViewModel form = new FormViewModel();
        form.fillFrom(before);
        FormTextWriter writer = new FormTextWriter(form);
        writer.show(before);
        form.version.set("15");
        Texts first = writer.write(FormField.VERSION, new Texts(SEED_SOURCE, SEED_TARGET));
        form.rate.set("20000");
        Texts second = writer.write(FormField.RATE, first);
        assertEquals("PostgreSQL 15, 50TB volume, 20k TPS, heavy update workload on composite primary keys.", second.source());
        assertNotNull(second);
    }
}
