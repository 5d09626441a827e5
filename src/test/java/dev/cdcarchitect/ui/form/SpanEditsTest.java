package dev.cdcarchitect.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cdcarchitect.domain.NamedObject;
import dev.cdcarchitect.domain.ObjectKind;
import dev.cdcarchitect.intake.DesignInputParser;
import dev.cdcarchitect.ui.objects.ObjectTextEdits;
import org.junit.jupiter.api.Test;

/** Removing, inserting and appending words leaves the rest of the text as typed. */
class SpanEditsTest {

    private static String remove(String text, String words) {
        int at = text.indexOf(words);
        return SpanEdits.remove(text, at, at + words.length());
    }

    private static String removeItem(String text, String words) {
        int at = text.indexOf(words);
        return SpanEdits.removeItem(text, at, at + words.length());
    }

    @Test
    void removalTakesTheSeparatorItLeavesBehind() {
        assertEquals("PostgreSQL, 50TB", remove("PostgreSQL 14, 50TB", "14"));
        assertEquals("10k TPS, composite keys", remove("10k TPS, update-heavy, composite keys", "update-heavy"));
        assertEquals("10k TPS, workload on keys.", remove("10k TPS, heavy update workload on keys.", "heavy update"));
        assertEquals("PostgreSQL 14, 2 TB", remove("PostgreSQL 14 (self-managed), 2 TB", "self-managed"));
        assertEquals("Keys. Rest.", remove("Keys. Update-heavy. Rest.", "Update-heavy"));
        assertEquals("Keys.", remove("Keys. Update-heavy.", "Update-heavy"));
        assertEquals("2 TB", remove("bursty, 2 TB", "bursty"));
    }

    @Test
    void listItemsGoWithTheirJoint() {
        assertEquals("to Snowflake.", removeItem("to Snowflake and Elasticsearch.", "Elasticsearch"));
        assertEquals("to Elasticsearch.", removeItem("to Snowflake and Elasticsearch.", "Snowflake"));
        assertEquals("to Snowflake and BigQuery", removeItem("to Snowflake, Elasticsearch and BigQuery", "Elasticsearch"));
        assertEquals("to Snowflake, Elasticsearch", removeItem("to Snowflake, Elasticsearch and BigQuery", "BigQuery"));
    }

    @Test
    void aClauseIsASentenceAfterASentenceAndAfterACommaOtherwise() {
        assertEquals("PostgreSQL 14. Bursty.", SpanEdits.append("PostgreSQL 14.", "bursty"));
        assertEquals("PostgreSQL 14, bursty", SpanEdits.append("PostgreSQL 14", "bursty"));
        assertEquals("Kafka; bursty", SpanEdits.append("Kafka;", "bursty"));
        assertEquals("a, bursty\n", SpanEdits.append("a\n", "bursty"));
    }

    @Test
    void aSentenceTheNamedObjectsTableWroteStaysWholeAfterAFormEdit() {
        String source = FormSpanEditTest.RICH_SOURCE;
        NamedObject ssn = new DesignInputParser().parse(source, FormSpanEditTest.RICH_TARGET).facts().objects().stream()
                .filter(o -> o.kind() == ObjectKind.COLUMN).findFirst().orElseThrow();
        String clause = ObjectTextEdits.sensitiveClause(ssn);
        String withClause = ObjectTextEdits.add(source, clause);
        Texts t = FormSpanEditTest.edit(withClause, FormSpanEditTest.RICH_TARGET, FormField.BURSTY, f -> f.bursty.set(true));
        assertEquals(withClause + " Bursty.", t.source());
        // the table can still take its own sentence back out
        assertEquals(source + " Bursty.", ObjectTextEdits.remove(t.source(), clause));
    }
}
