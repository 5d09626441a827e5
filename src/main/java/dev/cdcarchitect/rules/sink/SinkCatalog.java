package dev.cdcarchitect.rules.sink;

import dev.cdcarchitect.domain.TargetKind;
import dev.cdcarchitect.rules.base.SinkKnowledge;
import java.util.EnumMap;
import java.util.Map;

/** Every target kind mapped to the knowledge that delivers to it. */
public final class SinkCatalog {

    private SinkCatalog() {}

    public static Map<TargetKind, SinkKnowledge> all() {
        Map<TargetKind, SinkKnowledge> sinks = new EnumMap<>(TargetKind.class);
        for (SinkKnowledge sink : new SinkKnowledge[] {
                new SnowflakeSink(), new SearchIndexSink(TargetKind.ELASTICSEARCH), new SearchIndexSink(TargetKind.OPENSEARCH),
                new BigQuerySink(), new ObjectStoreSink(), new LakehouseSink(TargetKind.ICEBERG),
                new LakehouseSink(TargetKind.DELTA_LAKE), new LakehouseSink(TargetKind.DATABRICKS), new RedisSink(),
                new ClickHouseSink(), new JdbcReplicaSink()}) {
            sinks.put(sink.kind(), sink);
        }
        return sinks;
    }
}
