package dev.cdcarchitect.intake;

import dev.cdcarchitect.domain.KafkaPlatform;
import dev.cdcarchitect.domain.NamedObject;
import dev.cdcarchitect.domain.ObjectKind;
import dev.cdcarchitect.domain.ObjectRole;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.domain.SourceFacts;
import dev.cdcarchitect.domain.SourceProfile;
import java.util.ArrayList;
import java.util.List;

/** Stated facts that contradict each other or the engine: each becomes a warning that ends in a question to the user. */
final class Questions {

    private Questions() {}

    static List<String> ask(SourceProfile source, SourceFacts facts, ConstraintReader.Constraint constraint, KafkaPlatform named) {
        List<String> questions = new ArrayList<>();
        SourceEngine engine = source.engine();
        boolean binlog = engine == SourceEngine.MYSQL || engine == SourceEngine.MARIADB;
        if (facts.binlogFormat() != null && !facts.binlogFormat().equals("ROW")) {
            questions.add(binlog
                    ? "The binlog format is stated as " + facts.binlogFormat() + ", but Debezium reads row events only "
                            + "(binlog_format=ROW); with " + facts.binlogFormat() + " changes are missed. Can the source be "
                            + "switched to binlog_format=ROW (and binlog_row_image=FULL) before capture starts?"
                    : "A binlog format is stated, but " + engine.displayName() + " has no binlog. Is the source engine right?");
        }
        if (facts.binlogRowImage() != null && !facts.binlogRowImage().equals("FULL")) {
            questions.add("binlog_row_image is stated as " + facts.binlogRowImage() + ": update events will lack the columns "
                    + "that did not change, so sinks that rebuild whole rows lose data. Can it be set to FULL?");
        }
        if (constraint.noKafkaStated() && named != null) {
            questions.add("The text rules Kafka out but also names " + named.displayName() + ". This design follows \"no Kafka\" "
                    + "and delivers with Debezium Server. Is Kafka allowed after all?");
        }
        if (constraint.noKafkaStated() && constraint.nativeSink() == null) {
            questions.add("Kafka is ruled out, but no other destination is named. Which should Debezium Server deliver to: "
                    + "Google Pub/Sub, Amazon Kinesis, Azure Event Hubs, Apache Pulsar, Redis Streams, NATS JetStream, RabbitMQ "
                    + "or an HTTP endpoint?");
        }
        boolean partitioned = facts.objects().stream().anyMatch(o -> o.has(ObjectRole.PARTITIONED));
        if (partitioned && engine == SourceEngine.POSTGRESQL && source.majorVersion() > 0 && source.majorVersion() < 13) {
            questions.add("Partitioned tables are named, but PostgreSQL " + source.version() + " cannot publish changes "
                    + "through the partition root (publish_via_partition_root needs PostgreSQL 13): each partition becomes "
                    + "its own topic. Can the source be upgraded, or should each partition be routed back to one topic?");
        }
        if (facts.goldenGateLicence() && engine != SourceEngine.ORACLE) {
            questions.add("A GoldenGate licence is stated, but the source is " + engine.displayName()
                    + "; the licence only matters for Oracle's XStream adapter. Is the source engine right?");
        }
        if (facts.propagateTruncates() && (engine == SourceEngine.MONGODB || engine == SourceEngine.CASSANDRA)) {
            questions.add("Truncates must reach the targets, but " + engine.displayName() + " emits no truncate events. "
                    + "Which operation (dropping a collection or table, a mass delete) should stand for a truncate?");
        }
        for (NamedObject o : facts.objects(ObjectKind.TABLE)) {
            if (o.has(ObjectRole.CAPTURED) && o.has(ObjectRole.EXCLUDED)) {
                questions.add("The table " + o.name() + " is named both to capture and to exclude; the design excludes it. "
                        + "Should it be captured?");
            }
        }
        return questions;
    }
}
