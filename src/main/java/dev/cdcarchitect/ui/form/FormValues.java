package dev.cdcarchitect.ui.form;

import javafx.beans.property.BooleanProperty;

/** The form's values as numbers and the toggle behind each check box field. */
final class FormValues {

    private FormValues() {}

    static double number(String text) {
        return Double.parseDouble(text.strip().replace(",", ""));
    }

    static double volumeBytes(FormViewModel f) {
        double scale = switch (f.volumeUnit.get()) {
            case "PB" -> 1e15;
            case "GB" -> 1e9;
            default -> 1e12;
        };
        return number(f.volume.get()) * scale;
    }

    static BooleanProperty toggle(FormField field, FormViewModel f) {
        return switch (field) {
            case UPDATE_HEAVY -> f.updateHeavy;
            case DELETE_HEAVY -> f.deleteHeavy;
            case APPEND_ONLY -> f.appendOnly;
            case BURSTY -> f.bursty;
            case COMPOSITE_KEYS -> f.compositeKeys;
            case MISSING_KEYS -> f.missingKeys;
            case EXACTLY_ONCE -> f.exactlyOnce;
            default -> throw new IllegalArgumentException(field + " is not a toggle");
        };
    }
}
