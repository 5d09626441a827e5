package dev.cdcarchitect.rules.source;

import static dev.cdcarchitect.domain.ConfigScope.SOURCE_CONNECTOR;
import static dev.cdcarchitect.domain.SpecSection.ENGINE;

import dev.cdcarchitect.domain.ConfigEntry;
import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.domain.SourceEngine;
import dev.cdcarchitect.domain.SourceProfile;
import dev.cdcarchitect.rules.base.FailureKnowledge;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.Rule;
import dev.cdcarchitect.rules.base.RuleContext;
import dev.cdcarchitect.rules.base.Secrets;
import dev.cdcarchitect.rules.base.SourceKnowledge;
import java.util.ArrayList;
import java.util.List;

/** Db2 (LUW) through SQL Replication change-data tables filled by the ASN capture program. */
public final class Db2Knowledge implements SourceKnowledge {

    @Override public SourceEngine engine() { return SourceEngine.DB2; }

    @Override public String connectorClass() { return "io.debezium.connector.db2.Db2Connector"; }

    @Override public Reference reference() { return Refs.DBZ_DB2; }

    @Override public boolean singleTask() { return true; }

    @Override public boolean usesSchemaHistory() { return true; }

    @Override public double rowImagesPerEvent(SourceProfile source) { return 2; }

    @Override public double snapshotMegabytesPerSecond() { return 40; }

    @Override public String positionField() { return "change_lsn"; }

    @Override
    public List<ConfigEntry> connectorConfig(RuleContext ctx) {
        String c = ctx.connector();
        return CaptureStores.dropKafkaHistory(ctx, CaptureScope.of(ctx).withoutReplaced(List.of(
                new ConfigEntry(SOURCE_CONNECTOR, c, "database.hostname", "<db2 host>"),
                new ConfigEntry(SOURCE_CONNECTOR, c, "database.port", "50000"),
                new ConfigEntry(SOURCE_CONNECTOR, c, "database.user", "debezium"),
                new ConfigEntry(SOURCE_CONNECTOR, c, "database.password", Secrets.of(ctx, "db2.properties", "password")),
                new ConfigEntry(SOURCE_CONNECTOR, c, "database.dbname", "SHOP"),
                new ConfigEntry(SOURCE_CONNECTOR, c, "table.include.list", "DB2INST1\\..*"),
                new ConfigEntry(SOURCE_CONNECTOR, c, "schema.history.internal.kafka.topic", ctx.naming().schemaHistoryTopic()),
                new ConfigEntry(SOURCE_CONNECTOR, c, "schema.history.internal.kafka.bootstrap.servers", "<bootstrap servers>"))));
    }

    @Override
    public List<Rule> rules() {
        return List.of(Rule.always("db2.asn-capture", ENGINE, this::asnCapture));
    }

    private Decision asnCapture(RuleContext ctx) {
        return ctx.decision("db2.asn-capture", "SQL Replication capture (ASN) in capture mode")
                .statement("Install the Debezium management UDFs, start the ASN capture agent and put each captured table and the "
                        + "signal table " + SignalTable.collection(ctx) + " into capture mode; archive logging must be on.")
                .because("Debezium reads Db2's change-data tables, which the ASN capture program fills from the recovery log; a "
                        + "table not in capture mode produces no events, and that includes the signal table.")
                .snippet("sql", "as the instance owner",
                        SignalTable.createTable(ctx) + "\n"
                                + "GRANT INSERT ON " + SignalTable.local(ctx) + " TO USER debezium;\n"
                                + "VALUES ASNCDC.ASNCDCSERVICES('start','asncdc');\n"
                                + addTables(ctx)
                                + "VALUES ASNCDC.ASNCDCSERVICES('reinit','asncdc');")
                .ref(Refs.DBZ_DB2, Refs.DB2_SQL_REPLICATION, Refs.DBZ_SIGNALLING)
                .warn("Adding a table or changing its schema needs the capture agent re-initialised: a coordinated step in every migration.")
                .build();
    }

    /** Puts each captured table (the example ORDERS when none was named) and the signal table into capture mode. */
    private static String addTables(RuleContext ctx) {
        StringBuilder sql = new StringBuilder();
        List<String> tables = new ArrayList<>(CaptureScope.of(ctx).capturedOr("DB2INST1.ORDERS"));
        tables.add(SignalTable.local(ctx));
        for (String table : tables) {
            sql.append("CALL ASNCDC.ADDTABLE('").append(CaptureScope.schemaOf(table)).append("', '")
                    .append(CaptureScope.tableOf(table)).append("');\n");
        }
        return sql.toString();
    }

    @Override
    public FailureKnowledge failure(RuleContext ctx) {
        return new FailureKnowledge(
                "Offsets (commit LSN, change LSN) live in " + CaptureStores.offsets(ctx) + "; change rows stay in the change-data tables until pruned.",
                "With HADR the ASN capture program must be started on the new primary; the connector reconnects and resumes at its LSN.",
                "0 if capture restarts from its restart point",
                "Change-data rows pruned before the connector read them",
                "Restart with snapshot.mode=when_needed or run incremental snapshots of the affected tables.");
    }
}
