package dev.cdcarchitect.ui.marks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Marks survive edits elsewhere, move with the text after the edit and vanish when their words change. */
class MarkFollowerTest {

    private static final String TEXT = "tables orders, payments.";
    private static final TextMark ORDERS = new TextMark(TextMark.Kind.RECOGNISED, 7, 13, "table orders: captured");
    private static final TextMark PAYMENTS = new TextMark(TextMark.Kind.RECOGNISED, 15, 23, "table payments: captured");
    private static final List<TextMark> MARKS = List.of(ORDERS, PAYMENTS);

    private static List<String> words(List<TextMark> marks, String text) {
        return marks.stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    @Test
    void unchangedTextKeepsEveryMark() {
        assertEquals(MARKS, MarkFollower.follow(MARKS, TEXT, TEXT));
    }

    @Test
    void typingAtTheEndKeepsEveryMark() {
        String now = TEXT + " More.";
        assertEquals(MARKS, MarkFollower.follow(MARKS, TEXT, now));
    }

    @Test
    void typingBeforeAMarkMovesIt() {
        String now = "the tables orders, payments.";
        assertEquals(List.of("orders", "payments"), words(MarkFollower.follow(MARKS, TEXT, now), now));
    }

    @Test
    void changingAMarkedWordDropsOnlyThatMark() {
        String now = "tables ordrs, payments.";
        List<TextMark> kept = MarkFollower.follow(MARKS, TEXT, now);
        assertEquals(List.of("payments"), words(kept, now));
        assertEquals("table payments: captured", kept.get(0).tooltip());
    }

    @Test
    void extendingAWordDropsItsMark() {
        String now = "tables orders2, payments.";
        assertEquals(List.of("payments"), words(MarkFollower.follow(MARKS, TEXT, now), now));
        String prefixed = "tables orders, xpayments.";
        assertEquals(List.of("orders"), words(MarkFollower.follow(MARKS, TEXT, prefixed), prefixed));
    }

    @Test
    void joiningTwoWordsDropsBoth() {
        String now = "tables orderspayments.";
        assertEquals(List.of(), MarkFollower.follow(MARKS, TEXT, now));
    }

    @Test
    void clearingTheTextDropsEverything() {
        assertEquals(List.of(), MarkFollower.follow(MARKS, TEXT, ""));
    }
}
