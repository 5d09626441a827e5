package dev.cdcarchitect.ui.marks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.InputField;
import dev.cdcarchitect.intake.DesignInputParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The intake's trace becomes marks on the exact words, per field, with readable tooltips. */
class TextMarksTest {

    private final DesignInput input = new DesignInputParser().parse(ExampleTexts.SOURCE, ExampleTexts.TARGET);

    private static TextMark at(List<TextMark> marks, String text, String words) {
        return marks.stream().filter(m -> text.substring(m.start(), m.end()).equals(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no mark on '" + words + "' in " + marks));
    }

    @Test
    void recognisedWordsCarryFactAndValue() {
        List<TextMark> source = TextMarks.of(input.trace(), InputField.SOURCE);
        TextMark rate = at(source, ExampleTexts.SOURCE, "Peak 8,000 row changes/s");
        assertEquals(TextMark.Kind.RECOGNISED, rate.kind());
        assertEquals("peak change rate: 8,000 changes/s", rate.tooltip());
        assertEquals("table audit_log: no primary key", at(source, ExampleTexts.SOURCE, "audit_log").tooltip());
        assertEquals("column customers.ssn: sensitive", at(source, ExampleTexts.SOURCE, "ssn").tooltip());
    }

    @Test
    void notUnderstoodWordsCarryTheSuggestion() {
        List<TextMark> source = TextMarks.of(input.trace(), InputField.SOURCE);
        TextMark wal = at(source, ExampleTexts.SOURCE, "WAL generation 200 GB/day");
        assertEquals(TextMark.Kind.NOT_UNDERSTOOD, wal.kind());
        assertTrue(wal.tooltip().startsWith("Not understood: "), wal.tooltip());
        assertTrue(wal.tooltip().contains("row changes/s"), wal.tooltip());
        assertEquals(1, source.stream().filter(m -> m.kind() == TextMark.Kind.NOT_UNDERSTOOD).count(), source.toString());
    }

    @Test
    void eachFieldGetsOnlyItsOwnMarksInTextOrder() {
        List<TextMark> target = TextMarks.of(input.trace(), InputField.TARGET);
        assertEquals("Kafka platform: Confluent Cloud", at(target, ExampleTexts.TARGET, "Confluent Cloud").tooltip());
        assertEquals("freshness objective for Snowflake: 15 min", at(target, ExampleTexts.TARGET, "15-minute freshness SLO").tooltip());
        assertTrue(target.stream().allMatch(m -> m.end() <= ExampleTexts.TARGET.length()));
        List<TextMark> source = TextMarks.of(input.trace(), InputField.SOURCE);
        for (int i = 1; i < source.size(); i++) assertTrue(source.get(i - 1).start() <= source.get(i).start());
        assertEquals(input.trace().facts().stream().filter(f -> f.span().field() == InputField.SOURCE).count()
                + input.trace().notUnderstood().size(), source.size());
    }
}
