package dev.cdcarchitect.rules;

import static dev.cdcarchitect.rules.StatedInputs.decision;
import static dev.cdcarchitect.rules.StatedInputs.line;
import static dev.cdcarchitect.rules.StatedInputs.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.Decision;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.EdgeKind;
import dev.cdcarchitect.domain.NodeKind;
import dev.cdcarchitect.domain.SizingLine;
import dev.cdcarchitect.domain.TopologyEdge;
import dev.cdcarchitect.domain.TopologyNode;
import dev.cdcarchitect.rules.base.Refs;
import org.junit.jupiter.api.Test;

/** Consumer applications besides the sinks are consumer groups: they cost broker egress and need their own group ids. */
class FanOutTest {

    private static final String SEED_SOURCE = "PostgreSQL 14, 50TB volume, 10k TPS, heavy update workload on composite primary keys.";
    private static final String SEED_TARGET = "Confluent Kafka with target sinks to Snowflake and Elasticsearch.";

    private static DesignResult.Generated threeApplications() {
        return StatedInputs.of(SEED_SOURCE, SEED_TARGET).consumerApplications(3).design();
    }

    @Test
    void networkReadsCountTheApplicationsAsConsumerGroups() {
        SizingLine io = line(threeApplications(), "sizing.cluster-io");
        // W = 25.5 MB/s, R = 3, C = 2 sinks + 3 applications = 5: (3 + 5 - 1) x 25.48 = 178.4 MB/s (was 101.9 with C = 2)
        assertEquals("76.4 MB/s written, 178.4 MB/s read", io.value());
        assertTrue(io.formula().endsWith("(R + C - 1) x W with C = 5 consumer groups (2 sinks + 3 applications)"), io.formula());
    }

    @Test
    void consumerEgressIsShownPerGroupCount() {
        SizingLine egress = line(threeApplications(), "sizing.consumer-egress");
        assertEquals("127.4 MB/s", egress.value());
        assertEquals("C x W = 5 x 25.5 MB/s: every consumer group reads every change once", egress.formula());
    }

    @Test
    void theDiagramShowsTheApplicationsConsumerGroups() {
        DesignResult.Generated design = threeApplications();
        TopologyNode apps = node(design, "group-apps");
        assertEquals(NodeKind.CONSUMER_GROUP, apps.kind());
        assertEquals("3 consumer applications (own group each)", apps.label());
        assertEquals(3, apps.count());
        assertEquals(6, apps.members());
        assertTrue(design.topology().edges().contains(new TopologyEdge("topic-hot", "group-apps", EdgeKind.CONSUMES, "consumes")));
        assertTrue(design.topology().edges().contains(new TopologyEdge("topic-others", "group-apps", EdgeKind.CONSUMES, "consumes")));
        assertTrue(apps.decisionIds().contains("consumers.groups"));
    }

    @Test
    void consumerRulesGiveApplicationsTheirOwnGroupIdsAndQuotas() {
        Decision groups = decision(threeApplications(), "consumers.groups");
        assertTrue(groups.statement().contains("3 consumer applications"), groups.statement());
        assertTrue(groups.statement().contains("own group.id"), groups.statement());
        assertTrue(groups.snippets().stream().anyMatch(s -> s.code().contains("consumer_byte_rate=50960000")),
                "a quota of 2 x W per application");
        assertTrue(groups.references().contains(Refs.KAFKA_QUOTAS));
    }

    @Test
    void aDownstreamExactlyOnceConsumerIsAnApplicationEvenWhenNoCountWasStated() {
        DesignResult.Generated design = StatedInputs.of(SEED_SOURCE, SEED_TARGET)
                .downstreamExactlyOnce("Kafka Streams exactly_once_v2").design();
        assertTrue(line(design, "sizing.cluster-io").formula().contains("C = 3 consumer groups (2 sinks + 1 application)"));
        assertEquals("1 consumer application (own group)", node(design, "group-apps").label());
    }
}
