package dev.cdcarchitect.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows enum values by their display names in combo boxes. */
final class EnumConverter<E extends Enum<E>> extends StringConverter<E> {

    private final Class<E> type;
    private final Function<E, String> name;

    EnumConverter(Class<E> type, Function<E, String> name) {
        this.type = type;
        this.name = name;
    }

    @Override
    public String toString(E value) {
        return value == null ? "" : name.apply(value);
    }

    @Override
    public E fromString(String text) {
        for (E e : type.getEnumConstants()) {
            if (name.apply(e).equals(text)) return e;
        }
        return null;
    }
}
