package dev.cdcarchitect.ui.form;

import dev.cdcarchitect.domain.InputField;

/** The two free texts as one value, so an edit of one leaves the other as it was. */
public record Texts(String source, String target) {

    public String of(InputField field) {
        return field == InputField.SOURCE ? source : target;
    }

    public Texts with(InputField field, String text) {
        return field == InputField.SOURCE ? new Texts(text, target) : new Texts(source, text);
    }
}
