package dev.cdcarchitect.rules.topology;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.HotTopic;
import dev.cdcarchitect.rules.base.DecisionBuilder;
import dev.cdcarchitect.rules.base.Refs;
import dev.cdcarchitect.rules.base.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Partition counts when the user named hot tables: each hot table's topic is created with its own count. */
final class HotTopicCreation {

    private HotTopicCreation() {}

    static Decision partitionCount(RuleContext ctx) {
        List<HotTopic> hot = ctx.sizing().hotTopics();
        int other = ctx.sizing().defaultTopicPartitions();
        boolean server = ctx.debeziumServer();
        StringBuilder title = new StringBuilder();
        StringBuilder each = new StringBuilder();
        for (HotTopic t : hot) {
            title.append(title.length() == 0 ? t.partitions() + " partitions for " : ", " + t.partitions() + " for ").append(t.topic());
            if (each.length() > 0) each.append(", ");
            each.append(t.topic()).append(" (").append(t.table()).append(", ").append(Math.round(t.writeShare() * 100))
                    .append("% of changes, ").append(t.shareStated() ? "stated" : "assumed").append(") with ").append(t.partitions());
        }
        DecisionBuilder d = ctx.decision("kafka.partition-count", title + ", " + other + " for the other table topics")
                .statement("Create each hot table's topic with partitions for its own share of the changes: " + each
                        + "; and the other table topics with " + other + ", sized for growth now; pre-create them"
                        + PartitioningRules.preCreate(server) + " instead of broker auto-creation.")
                .because(PartitioningRules.WHY_UP_FRONT + " A hot table sized like the others would cap its sink at the few "
                        + "tasks its partitions allow, while every other topic would carry partitions it never needs.")
                .ref(Refs.CONFLUENT_PARTITIONS, Refs.KAFKA_CONNECT_CONFIGS);
        if (server) return d.build();
        List<String> groups = groupNames(hot);
        d.source("topic.creation.default.partitions", String.valueOf(other))
                .source("topic.creation.default.replication.factor", "3")
                .source("topic.creation.groups", String.join(",", groups));
        for (int i = 0; i < hot.size(); i++) {
            d.source("topic.creation." + groups.get(i) + ".include", hot.get(i).topic().replace(".", "\\."))
                    .source("topic.creation." + groups.get(i) + ".partitions", String.valueOf(hot.get(i).partitions()));
        }
        return d.build();
    }

    /** One topic.creation group per hot table, named after it ("orders"); a clash gets a number. */
    private static List<String> groupNames(List<HotTopic> hot) {
        List<String> names = new ArrayList<>();
        for (HotTopic t : hot) {
            String table = t.table().substring(t.table().lastIndexOf('.') + 1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
            String name = table.isEmpty() || table.equals("default") ? "hot" : table;
            String unique = name;
            for (int n = 2; names.contains(unique); n++) unique = name + n;
            names.add(unique);
        }
        return names;
    }
}
