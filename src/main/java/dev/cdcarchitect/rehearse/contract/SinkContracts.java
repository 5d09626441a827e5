package dev.cdcarchitect.rehearse.contract;

import dev.cdcarchitect.domain.TargetKind;
import dev.cdcarchitect.export.configs.ConfigBundle;
import dev.cdcarchitect.export.configs.ConnectorConfig;
import dev.cdcarchitect.export.configs.ExportedConfigs;
import dev.cdcarchitect.export.configs.TopicConfig;
import dev.cdcarchitect.rehearse.check.Check;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * The sink contracts of a rehearsal: for every sink connector of the exported bundle, the records the real source
 * connector produced go through that sink's converters and SMT chain (real classes), and the sink kind's contract
 * checks what arrives against what the connector's documentation requires. Every failure names the exported file,
 * the setting, the first failing record and the fix.
 */
public final class SinkContracts {

    private static final List<SinkContract> CONTRACTS = List.of(new SearchIndexContract.Elasticsearch(), new SearchIndexContract.OpenSearch(),
            new SnowflakeContract(), new BigQueryContract(), new S3Contract(), new IcebergContract(), new DeltaLakeContract(),
            new RedisContract(), new ClickHouseContract(), new JdbcSinkContract());

    private SinkContracts() {}

    /**
     * @param recordsByTopic records exactly as on the topics (bytes), as the rehearsal read them after the workload
     */
    public static List<Check> check(ConfigBundle bundle, Map<String, List<ConsumerRecord<byte[], byte[]>>> recordsByTopic) {
        Map<String, String> worker = ExportedConfigs.worker(bundle);
        Set<String> designed = ExportedConfigs.topics(bundle).stream().map(TopicConfig::name).collect(Collectors.toCollection(LinkedHashSet::new));
        ExportedSink source = null;
        List<ExportedSink> sinks = new ArrayList<>();
        for (ConnectorConfig c : ExportedConfigs.connectors(bundle)) {
            ExportedSink s = new ExportedSink("connect/" + c.name() + ".json", c.name(), c.config(), worker);
            if (c.source()) source = source == null ? s : source;
            else sinks.add(s);
        }
        List<Check> checks = new ArrayList<>();
        for (ExportedSink sink : sinks) checks.addAll(checkSink(sink, source, designed, recordsByTopic));
        return checks;
    }

    /**
     * As {@link #check(ConfigBundle, Map)}, and for each of the design's targets that has no Kafka Connect sink in the
     * bundle (Redis through a consumer group, Delta Lake through a streaming job) a line saying no contract ran, so the
     * report never suggests a target was proven when it was not.
     */
    public static List<Check> check(ConfigBundle bundle, Map<String, List<ConsumerRecord<byte[], byte[]>>> recordsByTopic,
                                    Collection<TargetKind> targets) {
        List<Check> checks = new ArrayList<>(check(bundle, recordsByTopic));
        Set<TargetKind> covered = EnumSet.noneOf(TargetKind.class);
        for (ConnectorConfig c : ExportedConfigs.connectors(bundle)) {
            String connectorClass = c.config().getOrDefault("connector.class", "");
            CONTRACTS.stream().filter(k -> k.handles(connectorClass)).forEach(k -> covered.addAll(k.kinds()));
        }
        for (TargetKind kind : new LinkedHashSet<>(targets)) {
            if (covered.contains(kind)) continue;
            checks.add(new Check("sink contract " + kind.displayName() + " (NOT RUN)", true, "not run: the design delivers to "
                    + kind.displayName() + " without a Kafka Connect sink in connect/ (the spec's consumer or job does it), so there "
                    + "is no sink config to hold to a contract"));
        }
        return checks;
    }

    /** The contracts by target kind, for a report that lists every kind the design delivers to. */
    static List<SinkContract> contracts() {
        return CONTRACTS;
    }

    private static List<Check> checkSink(ExportedSink sink, ExportedSink source, Set<String> designed,
                                         Map<String, List<ConsumerRecord<byte[], byte[]>>> recordsByTopic) {
        List<Check> checks = new ArrayList<>();
        SinkContract contract = CONTRACTS.stream().filter(c -> c.handles(sink.connectorClass())).findFirst().orElse(null);
        Set<String> subscribed = ConnectWiring.subscription(sink, designed, recordsByTopic.keySet(), checks);
        checks.add(ConnectWiring.deadLetterQueue(sink, designed));
        List<ConsumerRecord<byte[], byte[]>> records = subscribed.stream().flatMap(t -> recordsByTopic.getOrDefault(t, List.of()).stream()).toList();
        SinkConverters converters;
        try {
            converters = new SinkConverters(sink, writer("key.converter", source), writer("value.converter", source));
        } catch (IllegalStateException e) {
            checks.add(Finding.fail(sink, "converters", "key.converter / value.converter", e.getMessage(), null,
                    "correct the converter settings", SinkConverters.WORKER_DOC));
            return checks;
        }
        checks.addAll(ConnectWiring.converters(sink, source, converters));
        List<SinkRecord> decoded = new ArrayList<>();
        List<Passage> passages = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> r : records) {
            try {
                decoded.add(converters.decode(r));
            } catch (RuntimeException e) {
                decoded.add(null);
                passages.add(new Passage(r.topic(), r.partition(), r.offset(), null, null, null, "the converter failed: " + e.getMessage()));
            }
        }
        try (TransformChain chain = new TransformChain(sink, (alias, setting, value) -> fill(sink, setting, value, decoded))) {
            for (int i = 0; i < records.size() && chain.complete(); i++) {
                if (decoded.get(i) == null) continue;
                ConsumerRecord<byte[], byte[]> r = records.get(i);
                passages.add(chain.apply(r.topic(), r.partition(), r.offset(), decoded.get(i)));
            }
            checks.addAll(TransformCheck.check(sink, chain, passages));
            if (contract == null) {
                checks.add(Finding.notRun(sink, "contract", "there is no sink contract for " + sink.connectorClass()
                        + "; only its topics, DLQ, converters and transforms were checked"));
                return checks;
            }
            if (records.isEmpty()) {
                checks.add(Finding.fail(sink, "records", subscribed.isEmpty() ? "topics / topics.regex" : "topics " + subscribed,
                        "no record of the rehearsal reached this sink's topics, so nothing of its contract could be proven", null,
                        "subscribe the sink to the topics the source writes (" + recordsByTopic.keySet() + ")", contract.doc()));
                return checks;
            }
            String gap = chain.complete() ? null : !chain.problems().isEmpty() ? "the SMT chain is broken (see the transforms check)"
                    : "a transform of the SMT chain is not on this machine (see the transforms check)";
            checks.addAll(contract.check(new SinkRun(sink, List.copyOf(passages), gap)));
        }
        return checks;
    }

    /** The converter that wrote the records: the source connector's own, else the rehearsal worker's JSON with schemas. */
    private static SinkConverters.ConverterChoice writer(String setting, ExportedSink source) {
        if (source != null && source.config().containsKey(setting)) return SinkConverters.ConverterChoice.of(setting, source);
        return SinkConverters.ConverterChoice.rehearsalWriter(setting);
    }

    /**
     * A placeholder in a transform setting: the one the rule engine writes for ExtractField$Key ({@code field} =
     * the user's key column) is filled with the records' first key field, so the document-id checks see what one
     * key column gives on these records; any other stays unknown.
     */
    private static String fill(ExportedSink sink, String setting, String value, List<SinkRecord> decoded) {
        String type = sink.config().getOrDefault(setting.substring(0, setting.lastIndexOf('.') + 1) + "type", "");
        if (!setting.endsWith(".field") || !type.equals("org.apache.kafka.connect.transforms.ExtractField$Key")) return null;
        return decoded.stream().filter(r -> r != null && r.key() instanceof Struct).map(r -> ((Struct) r.key()).schema().fields().get(0).name())
                .findFirst().orElse(null);
    }
}
