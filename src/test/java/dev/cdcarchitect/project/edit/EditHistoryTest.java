package dev.cdcarchitect.project.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cdcarchitect.design.DesignService;
import dev.cdcarchitect.domain.DeliveryGuarantee;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.SchemaFormat;
import dev.cdcarchitect.project.Project;
import dev.cdcarchitect.project.ProjectDesign;
import dev.cdcarchitect.project.ProjectFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Undo/redo and variants without a UI. */
class EditHistoryTest {

    private static final ProjectDesign BASE = ProjectDesign.of("baseline", "PostgreSQL 14, 50TB volume, 10k TPS", "Kafka to Snowflake.");

    private static Project project(ProjectDesign... designs) {
        return new Project(ProjectFiles.FORMAT_VERSION, "test", null, null, List.of(designs), null);
    }

    @Test
    void everyEditUndoesAndRedoes() {
        EditHistory history = new EditHistory(project(BASE));
        ProjectDesign edited = BASE.withTexts("PostgreSQL 14, 50TB volume, 20k TPS", BASE.targetText());
        history.apply(new DesignEdits.Change(BASE, edited, "change texts"));
        history.apply(new DesignEdits.Change(edited, edited.withName("bigger"), "rename"));
        history.apply(new DesignEdits.Add(Variants.protobuf(edited.withName("bigger"), "protobuf"), 1));
        assertEquals(List.of("bigger", "protobuf"), names(history.current()));
        assertTrue(history.modified());
        assertEquals("Undo add 'protobuf'", history.undoDescription());

        history.undo();
        history.undo();
        assertEquals(List.of("baseline"), names(history.current()));
        assertEquals("PostgreSQL 14, 50TB volume, 20k TPS", history.current().designs().get(0).sourceText());
        history.undo();
        assertEquals(BASE, history.current().designs().get(0));
        assertFalse(history.modified(), "back to the saved state");
        assertFalse(history.canUndo());

        history.redo();
        history.redo();
        assertEquals(List.of("bigger"), names(history.current()));
        history.apply(new DesignEdits.Remove(history.current().designs().get(0), 0));
        assertFalse(history.canRedo(), "a new edit clears redo");
        assertEquals(List.of(), names(history.current()));
        history.undo();
        assertEquals(List.of("bigger"), names(history.current()));
    }

    @Test
    void savingMovesTheUnmodifiedMark() {
        EditHistory history = new EditHistory(project(BASE));
        history.apply(new DesignEdits.Change(BASE, BASE.withNotes("reviewed"), "notes"));
        history.markSaved();
        assertFalse(history.modified());
        history.undo();
        assertTrue(history.modified());
    }

    @Test
    void variantsChangeOneThingTheEngineSees() {
        DesignService engine = new DesignService();
        DesignResult.Generated base = (DesignResult.Generated) engine.design(BASE.sourceText(), BASE.targetText());
        ProjectDesign proto = Variants.protobuf(BASE, "protobuf");
        ProjectDesign eos = Variants.exactlyOnce(BASE, "eos", true);
        ProjectDesign fifty = Variants.rate(BASE, "50k", "50k TPS");
        ProjectDesign es = Variants.anotherTarget(BASE, "es", "Elasticsearch");
        assertEquals(SchemaFormat.PROTOBUF, ((DesignResult.Generated) engine.design(proto.sourceText(), proto.targetText())).input().requirements().schemaFormat());
        assertEquals(DeliveryGuarantee.EXACTLY_ONCE, ((DesignResult.Generated) engine.design(eos.sourceText(), eos.targetText())).input().requirements().delivery());
        assertEquals(DeliveryGuarantee.AT_LEAST_ONCE, ((DesignResult.Generated) engine.design(Variants.exactlyOnce(eos, "off", false).sourceText(),
                Variants.exactlyOnce(eos, "off", false).targetText())).input().requirements().delivery());
        assertEquals("PostgreSQL 14, 50TB volume, 50k TPS", fifty.sourceText());
        assertEquals(base.spec().sizing().eventsPerSecond() * 5,
                ((DesignResult.Generated) engine.design(fifty.sourceText(), fifty.targetText())).spec().sizing().eventsPerSecond(), 1);
        assertEquals(2, ((DesignResult.Generated) engine.design(es.sourceText(), es.targetText())).input().targets().size());
        assertEquals("Variant of 'baseline'.", proto.notes());
    }

    private static List<String> names(Project p) {
        return p.designs().stream().map(ProjectDesign::name).toList();
    }
}
