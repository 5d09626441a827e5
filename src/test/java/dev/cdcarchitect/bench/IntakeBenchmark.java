package dev.cdcarchitect.bench;

import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.intake.DesignInputParser;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The intake on long inputs (run with bench/run.sh): a realistic description repeated up to the 100,000-character
 * limit, at four sizes. Linear means the time per 1,000 characters stays flat as the size grows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IntakeBenchmark {

    static final String PARAGRAPH = "MySQL 8.0 on RDS with 3 databases (sales, billing, crm). Capture only the tables orders, "
            + "order_items and payments. The customers table has an ssn column that must never leave the database. "
            + "Peak 8,000 row changes/s, average 90,000 row changes per minute. Binlog retention on the primary is 24 h. "
            + "Truncates must reach the target. Tables audit_log and events_raw have no primary key. The orders table is "
            + "1.2 TB and takes 70 % of the writes. WAL generation 200 GB/day, we use gh-ost for schema changes.\n";
    static final String TARGET = "Confluent Cloud; Snowflake with a 15-minute freshness SLO, Elasticsearch with p99 under "
            + "500 ms; 40 independent consumer applications; Kafka Streams with exactly_once_v2 downstream.";

    @Param({"12500", "25000", "50000", "100000"})
    public int chars;

    private final DesignInputParser parser = new DesignInputParser();
    private String source;

    @Setup
    public void build() {
        StringBuilder text = new StringBuilder(chars);
        while (text.length() + PARAGRAPH.length() <= chars) text.append(PARAGRAPH);
        source = text.toString();
    }

    @Benchmark
    public DesignInput parseLongSource() {
        return parser.parse(source, TARGET);
    }
}
