package dev.cdcarchitect.ui.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.domain.ObjectRole;
import dev.cdcarchitect.intake.DesignInputParser;
import dev.cdcarchitect.ui.marks.ExampleTexts;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rows from the read objects, and edits that write only the object's words (or a sentence of ours) back. */
class NamedObjectsViewModelTest {

    private final StringProperty source = new SimpleStringProperty(ExampleTexts.SOURCE);
    private final NamedObjectsViewModel objects = new NamedObjectsViewModel(source);
    private final DesignInputParser parser = new DesignInputParser();

    @BeforeEach
    void read() {
        objects.show(parser.parse(source.get(), ExampleTexts.TARGET));
    }

    private ObjectRow row(String name) {
        return objects.rows.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void oneRowPerNamedObjectWithReadableRoles() {
        assertEquals(List.of("sales", "billing", "crm", "orders", "order_items", "payments", "customers.ssn", "audit_log", "events_raw"),
                objects.rows.stream().map(ObjectRow::name).toList());
        assertEquals("column", row("customers.ssn").kind());
        assertEquals("sensitive", row("customers.ssn").roles());
        assertEquals("no primary key", row("audit_log").roles());
        assertEquals("captured", row("orders").roles());
        assertEquals(ObjectRole.SENSITIVE, row("customers.ssn").toggle());
        assertEquals(ObjectRole.EXCLUDED, row("audit_log").toggle());
    }

    @Test
    void shareAndSizeAreShownAfterTheRoles() {
        source.set("PostgreSQL 15, 4 TB. The orders table (1.2 TB) takes 70% of the writes.");
        objects.show(parser.parse(source.get(), ExampleTexts.TARGET));
        ObjectRow orders = row("orders");
        assertEquals("70% of writes · 1.2 TB", orders.share());
        assertEquals(orders.roles() + ", 70% of writes · 1.2 TB", orders.details());
        assertTrue(orders.roles().contains("hot"), orders.roles());
    }

    @Test
    void rolesStatedInTheUsersWordsAreNotRewritten() {
        ObjectRow ssn = row("customers.ssn");
        assertTrue(ssn.checked());
        assertFalse(ssn.toggleable(), "the user's own 'must never leave' is not removed by us");
        assertFalse(row("orders").toggleable(), "a captured table cannot also be skipped");
        objects.toggle(ssn, false);
        assertEquals(ExampleTexts.SOURCE, source.get());
    }

    @Test
    void skippingATableAddsASentenceAndUnskippingRemovesIt() {
        objects.toggle(row("audit_log"), true);
        assertEquals(ExampleTexts.SOURCE + " Skip the table audit_log.", source.get());
        objects.show(parser.parse(source.get(), ExampleTexts.TARGET));
        ObjectRow audit = row("audit_log");
        assertTrue(audit.checked());
        assertTrue(audit.toggleable(), "our own sentence can be taken back");
        objects.toggle(audit, false);
        assertEquals(ExampleTexts.SOURCE, source.get());
    }

    @Test
    void renamingWritesEveryMentionAndKeepsTheQualifier() {
        objects.rename(row("customers.ssn"), "customers.tax_id");
        assertEquals(ExampleTexts.SOURCE.replace("an ssn column", "an tax_id column"), source.get());
        objects.show(parser.parse(source.get(), ExampleTexts.TARGET));
        assertTrue(row("customers.tax_id").checked());
    }

    @Test
    void aNameTheIntakeCannotReadIsRefusedWithAReason() {
        objects.rename(row("orders"), "order lines");
        assertEquals(ExampleTexts.SOURCE, source.get());
        assertTrue(objects.message.get().contains("not a plain name"), objects.message.get());
    }

    @Test
    void editsWaitWhileTheTableIsOlderThanTheText() {
        source.set(ExampleTexts.SOURCE + " More words.");
        objects.rename(row("orders"), "orders_v2");
        assertEquals(ExampleTexts.SOURCE + " More words.", source.get());
        assertFalse(objects.message.get().isEmpty());
    }
}
