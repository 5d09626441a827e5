package dev.cdcarchitect.topology;

import java.util.ArrayList;
import java.util.List;

/**
 * Which partitions each member of a consumer group reads, computed as Kafka's RangeAssignor does it: per topic, the
 * partitions in order are cut into one contiguous range per member, the first (partitions mod members) members taking
 * one more. Range is what a Kafka 4.x Java consumer uses when nothing is configured: group.protocol defaults to
 * "classic" and partition.assignment.strategy to [RangeAssignor, CooperativeStickyAssignor], whose first entry wins;
 * Connect sink tasks are such consumers. Members are numbered in the order the assignor sorts them (by member id).
 */
public final class RangeAssignment {

    /** A topic a group reads; {@code copies} identical topics when the diagram shows many tables as one node. */
    public record Topic(String name, int partitions, int copies) {
        public Topic {
            if (partitions < 0 || copies < 1) throw new IllegalArgumentException("partitions >= 0 and copies >= 1: " + partitions + ", " + copies);
        }
    }

    /** Partitions {@code first..last} (inclusive) of a topic, of each of its {@code copies} topics. */
    public record Share(String topic, int first, int last, int copies) {
        public int partitions() {
            return (last - first + 1) * copies;
        }

        /** "p0–1 of orders", "p0 of each of 49 topics". */
        public String describe() {
            String range = first == last ? "p" + first : "p" + first + "\u2013" + last;
            return range + (copies == 1 ? " of " + topic : " of each of " + topic);
        }
    }

    /** One member (index from 0 in assignor order) and what it reads; empty shares mean the member is idle. */
    public record Member(int index, List<Share> shares) {
        public Member {
            shares = List.copyOf(shares);
        }

        public int partitions() {
            return shares.stream().mapToInt(Share::partitions).sum();
        }

        public boolean idle() {
            return shares.isEmpty();
        }
    }

    private RangeAssignment() {}

    public static List<Member> assign(List<Topic> topics, int members) {
        List<List<Share>> shares = new ArrayList<>();
        for (int i = 0; i < members; i++) shares.add(new ArrayList<>());
        for (Topic topic : topics) {
            if (members == 0) break;
            int each = topic.partitions() / members;
            int extra = topic.partitions() % members;
            for (int i = 0; i < members; i++) {
                int first = each * i + Math.min(i, extra);
                int length = each + (i < extra ? 1 : 0);
                if (length > 0) shares.get(i).add(new Share(topic.name(), first, first + length - 1, topic.copies()));
            }
        }
        List<Member> out = new ArrayList<>();
        for (int i = 0; i < members; i++) out.add(new Member(i, shares.get(i)));
        return List.copyOf(out);
    }
}
