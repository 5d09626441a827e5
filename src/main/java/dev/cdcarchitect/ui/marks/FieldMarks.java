package dev.cdcarchitect.ui.marks;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The marks of one text field: those of the last design, followed to the text as it is now. Plain state, no
 * controls; the overlay draws {@link #visible()}.
 */
public final class FieldMarks {

    private final ObservableList<TextMark> visible = FXCollections.observableArrayList();
    private final ObservableList<TextMark> visibleView = FXCollections.unmodifiableObservableList(visible);
    private List<TextMark> designMarks = List.of();
    private String designText = "";

    /** A design arrived: its marks refer to the text it was read from, which may be older than the field's text. */
    public void show(List<TextMark> marks, String markedText, String currentText) {
        designMarks = List.copyOf(marks);
        designText = markedText;
        textChanged(currentText);
    }

    /** The user edited the field: marks whose words changed disappear until the next design. */
    public void textChanged(String currentText) {
        List<TextMark> now = MarkFollower.follow(designMarks, designText, currentText == null ? "" : currentText);
        if (!now.equals(visible)) visible.setAll(now);
    }

    public void clear() {
        designMarks = List.of();
        designText = "";
        visible.clear();
    }

    public ObservableList<TextMark> visible() {
        return visibleView;
    }
}
