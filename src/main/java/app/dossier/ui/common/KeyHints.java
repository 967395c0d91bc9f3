package app.dossier.ui.common;

import javafx.scene.input.KeyCombination;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keys a view answers by itself (a list's C to confirm, the reader's F3), declared beside the handler that
 * answers them, for Help ▸ Keyboard shortcuts; and names for the window's extra accelerators.
 */
public final class KeyHints {
    /** A key a view answers, what it does, and in which view. */
    public record Hint(String keys, String action, String where) {
    }

    private static final Map<String, Hint> HINTS = new LinkedHashMap<>();
    private static final Map<KeyCombination, String> NAMES = new LinkedHashMap<>();

    private KeyHints() {
    }

    /** Declares a key of a view; declaring it again (a second window, a test) replaces it. */
    public static synchronized void declare(String where, String keys, String action) {
        HINTS.put(where + "\u0000" + keys, new Hint(keys, action, where));
    }

    /** Names what a window accelerator (one without a menu item) does. */
    public static synchronized void name(KeyCombination keys, String action) {
        NAMES.put(keys, action);
    }

    static synchronized String describe(KeyCombination keys) {
        return NAMES.getOrDefault(keys, keys.getDisplayText());
    }

    static synchronized List<Hint> all() {
        return new ArrayList<>(HINTS.values());
    }
}
