package dev.cdcarchitect.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DesignResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Findings checked one by one against the documentation each cites (the golden files hold the full reports). */
class ImpactFindingsTest {

    private final ImpactAnalyzer analyzer = new ImpactAnalyzer();

    private static DesignResult.Generated design(String source, String target) {
        return assertInstanceOf(DesignResult.Generated.class, new DesignService().design(source, target));
    }

    private static Finding only(ImpactReport report, Finding.Stage stage, String componentPart) {
        List<Finding> found = report.findings().stream().filter(f -> f.stage() == stage && f.component().contains(componentPart)).toList();
        assertEquals(1, found.size(), () -> stage + " " + componentPart + ": " + report.findings());
        return found.get(0);
    }

    @Test
    void sqlServerNeedsANewCaptureInstanceAfterAnAddedColumnAndRefusesARename() throws Exception {
        var d = design("SQL Server 2019, 2 TB, 5k TPS", "Kafka with sinks to Snowflake");
        Finding add = analyzer.analyze(d, "add column discount numeric(10,2) to orders", "").findings().get(0);
        assertEquals(Finding.Severity.NEEDS_A_STEP, add.severity());
        assertTrue(add.fix().contains("sys.sp_cdc_enable_table @source_schema = N'dbo', @source_name = N'orders'") && add.fix().contains("@capture_instance = N'dbo_orders_v2'"), add.fix());
        Finding rename = analyzer.analyze(d, "rename column note to remark on orders", "").findings().get(0);
        assertEquals(Finding.Severity.BREAKS, rename.severity());
    }

    @Test
    void aPartitionAttachBreaksAPostgresDesignThatDoesNotPublishThroughTheRoot() throws Exception {
        var report = analyzer.analyze(design("PostgreSQL 15, 2 TB, 5k TPS", "Kafka with sinks to Snowflake"), "attach partition orders_2027 to orders", "");
        assertEquals(Finding.Severity.BREAKS, report.findings().get(0).severity());
        assertTrue(report.findings().get(0).fix().contains("publish.via.partition.root=true"));
        assertTrue(report.runbook().get(0).startsWith("Before the change: Set publish.via.partition.root=true"), report.runbook().toString());
    }

    @Test
    void sinksAnswerWithTheSettingTheDesignHas() throws Exception {
        var d = design("PostgreSQL 15, 2 TB, 5k TPS", "Kafka with sinks to BigQuery, ClickHouse and a PostgreSQL replica");
        var notNull = analyzer.analyze(d, "add column status varchar(20) not null default 'new' to orders", "");
        assertEquals(Finding.Severity.BREAKS, only(notNull, Finding.Stage.SINK, "bigquery").severity());
        assertTrue(only(notNull, Finding.Stage.SINK, "bigquery").fix().contains("allowBigQueryRequiredFieldRelaxation=true"));
        assertEquals(Finding.Severity.BREAKS, only(notNull, Finding.Stage.SINK, "clickhouse").severity());
        assertEquals(Finding.Severity.ABSORBED, only(notNull, Finding.Stage.SINK, "jdbc").severity());
        var widen = analyzer.analyze(d, "change orders.qty from int to bigint", "");
        Finding replica = only(widen, Finding.Stage.SINK, "jdbc");
        assertEquals(Finding.Severity.BREAKS, replica.severity());
        assertTrue(replica.fix().contains("app_public_orders"), replica.fix());
        // the replica is widened before the source: its step precedes the source DDL in the runbook
        List<String> steps = widen.runbook();
        int prepare = indexOf(steps, "app_public_orders");
        int ddl = indexOf(steps, "ALTER TABLE public.orders ALTER COLUMN qty TYPE bigint;");
        assertTrue(prepare >= 0 && prepare < ddl, steps.toString());
    }

    @Test
    void aDecimalScaleChangeIsRedAlthoughAvroAcceptsIt() throws Exception {
        var report = analyzer.analyze(design("MySQL 8.0, 2 TB, 5k TPS", "Kafka with sinks to Snowflake"),
                "change orders.amount from numeric(10,2) to numeric(12,4)", "");
        assertTrue(report.valueVerdict().accepted());
        assertTrue(report.findings().stream().anyMatch(f -> f.stage() == Finding.Stage.REGISTRY && f.severity() == Finding.Severity.BREAKS
                && f.statement().contains("does not look at logical types")));
        assertTrue(report.runbook().stream().anyMatch(s -> s.startsWith("Expand: ALTER TABLE shop.orders ADD COLUMN amount_v2 numeric(12,4);")
                || s.startsWith("Expand: ALTER TABLE")), report.runbook().toString());
    }

    @Test
    void changesThatCannotApplyToTheEngineAreRefusedWithTheReason() {
        var mysql = design("MySQL 8.0, 2 TB, 5k TPS", "Kafka with sinks to Snowflake");
        var e = assertThrows(ImpactInputException.class, () -> analyzer.analyze(mysql, "attach partition p1 to orders", ""));
        assertTrue(e.getMessage().contains("PostgreSQL change") && e.getMessage().contains("MySQL"), e.getMessage());
        var mongo = design("MongoDB 7, 2 TB, 5k TPS", "Kafka with sinks to Elasticsearch");
        assertThrows(ImpactInputException.class, () -> analyzer.analyze(mongo, "change primary key of orders to (id, region)", ""));
        var notNull = assertThrows(ImpactInputException.class,
                () -> analyzer.analyze(mongo, "add column status varchar(20) not null default 'new' to orders", ""));
        assertTrue(notNull.getMessage().contains("add column status varchar(20) to orders"), notNull.getMessage());
        var cassandra = design("Cassandra 4.1, 2 TB, 5k TPS", "Kafka with sinks to Elasticsearch");
        var cql = assertThrows(ImpactInputException.class,
                () -> analyzer.analyze(cassandra, "add column status varchar(20) not null default 'new' to orders", ""));
        assertTrue(cql.getMessage().startsWith("Cassandra columns outside the primary key cannot be NOT NULL"), cql.getMessage());
    }

    @Test
    void unreadableChangesSayWhatIsReadable() {
        var d = design("PostgreSQL 15, 2 TB, 5k TPS", "Kafka with sinks to Snowflake");
        var noTable = assertThrows(ImpactInputException.class, () -> analyzer.analyze(d, "drop column note", ""));
        assertTrue(noTable.getMessage().contains("--table"), noTable.getMessage());
        var noDefault = assertThrows(ImpactInputException.class, () -> analyzer.analyze(d, "add column s int not null to orders", ""));
        assertTrue(noDefault.getMessage().contains("without a default"), noDefault.getMessage());
        var gibberish = assertThrows(ImpactInputException.class, () -> analyzer.analyze(d, "make it faster", ""));
        assertTrue(gibberish.getMessage().contains("rename column OLD to NEW"), gibberish.getMessage());
        var clash = assertThrows(ImpactInputException.class, () -> analyzer.analyze(d, "drop column note from orders", "payments"));
        assertTrue(clash.getMessage().contains("payments"), clash.getMessage());
    }

    private static int indexOf(List<String> steps, String part) {
        for (int i = 0; i < steps.size(); i++) if (steps.get(i).contains(part)) return i;
        return -1;
    }
}
