package dev.cdcarchitect.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.topology.RangeAssignment.Member;
import dev.cdcarchitect.topology.RangeAssignment.Share;
import dev.cdcarchitect.topology.RangeAssignment.Topic;
import java.util.List;
import org.junit.jupiter.api.Test;

class RangeAssignmentTest {

    @Test
    void twelvePartitionsOverThreeTasksAreThreeRangesOfFour() {
        List<Member> members = RangeAssignment.assign(List.of(new Topic("orders", 12, 1)), 3);
        assertEquals(List.of(
                new Member(0, List.of(new Share("orders", 0, 3, 1))),
                new Member(1, List.of(new Share("orders", 4, 7, 1))),
                new Member(2, List.of(new Share("orders", 8, 11, 1)))), members);
    }

    @Test
    void theFirstMembersTakeTheRemainder() {
        List<Member> members = RangeAssignment.assign(List.of(new Topic("orders", 7, 1)), 3);
        assertEquals(List.of(new Share("orders", 0, 2, 1)), members.get(0).shares());
        assertEquals(List.of(new Share("orders", 3, 4, 1)), members.get(1).shares());
        assertEquals(List.of(new Share("orders", 5, 6, 1)), members.get(2).shares());
    }

    @Test
    void singlePartitionTopicsAllGoToTheFirstMemberPerTopic() {
        // Range works topic by topic: 49 one-partition topics all land on member 0, the others idle for them.
        List<Member> members = RangeAssignment.assign(List.of(new Topic("orders", 6, 1), new Topic("49 more table topics", 1, 49)), 3);
        assertEquals(List.of(new Share("orders", 0, 1, 1), new Share("49 more table topics", 0, 0, 49)), members.get(0).shares());
        assertEquals(51, members.get(0).partitions());
        assertEquals(List.of(new Share("orders", 2, 3, 1)), members.get(1).shares());
        assertEquals(2, members.get(2).partitions());
    }

    @Test
    void moreMembersThanPartitionsLeavesMembersIdle() {
        List<Member> members = RangeAssignment.assign(List.of(new Topic("orders", 2, 1)), 4);
        assertEquals(2, members.stream().filter(Member::idle).count());
        assertTrue(members.get(3).idle());
    }

    @Test
    void sharesDescribeThemselves() {
        assertEquals("p4\u20137 of orders", new Share("orders", 4, 7, 1).describe());
        assertEquals("p0 of each of 49 more table topics", new Share("49 more table topics", 0, 0, 49).describe());
    }

    @Test
    void noMembersNoAssignment() {
        assertEquals(List.of(), RangeAssignment.assign(List.of(new Topic("orders", 6, 1)), 0));
    }
}
