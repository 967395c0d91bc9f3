package app.dossier.ui.common;

import javafx.util.StringConverter;

import java.util.function.Function;

/** Shows an item of a choice list by its name; the lists only offer items, so nothing is parsed back. */
public final class NameConverter<T> extends StringConverter<T> {
    private final Function<T, String> name;

    public NameConverter(Function<T, String> name) {
        this.name = name;
    }

    @Override
    public String toString(T item) {
        return item == null ? "" : name.apply(item);
    }

    @Override
    public T fromString(String s) {
        return null;
    }
}
