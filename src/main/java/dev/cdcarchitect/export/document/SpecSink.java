package dev.cdcarchitect.export.document;

import dev.cdcarchitect.domain.Reference;
import dev.cdcarchitect.domain.SpecSection;
import java.util.List;

/**
 * The blocks a specification document is made of, in reading order ({@link SpecOutline} decides what goes where).
 * A sink writes them in one format: Markdown text, or the PDF's document tree. Texts arrive raw; escaping them is
 * the sink's job.
 */
public interface SpecSink {

    /** One of the five numbered sections. */
    void section(SpecSection section);

    /**
     * A part after the five sections (the cutover runbook): a top-level heading without a number. {@code anchor} is
     * its stable id for links and the contents.
     */
    default void part(String anchor, String title) {
        heading(title);
    }

    /** A heading inside a section: a decision, the sizing table, the failure matrix. */
    void heading(String title);

    /**
     * A bullet: {@code label} (nullable) leads in bold; {@code id} (nullable, a rule id) follows it as code.
     * Consecutive bullets form one list.
     */
    void bullet(String label, String id, String text);

    /** The bullet that lists a decision's references as links. */
    void references(List<Reference> references);

    void table(List<String> header, List<List<String>> rows);

    /** A block of configuration or code, shown verbatim; {@code body} has no trailing newline. */
    void code(String language, String body);
}
