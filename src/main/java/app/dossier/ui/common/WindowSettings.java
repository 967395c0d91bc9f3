package app.dossier.ui.common;

import app.dossier.library.LibraryLocations;
import app.dossier.store.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** What the window remembers between runs: its size, the last library, theme and text size. Saved atomically. */
public final class WindowSettings {
    public double width = 1360;
    public double height = 860;
    public boolean maximized;
    public String lastLibrary;
    /** View ▸ Dark. */
    public boolean dark;
    /** View ▸ Zoom: the reader's text size step (Appearance). */
    public int readerZoom = Appearance.ZOOM_DEFAULT;
    /** The Matrix tab's choices, which File ▸ Export memo… also takes; null until the matrix is first changed. */
    public MatrixChoices matrix;

    /** Rows (all, chosen, theme), companies and theme by id, metric ids, currency and sort (MatrixSort's form). */
    public static final class MatrixChoices {
        public String rows;
        public java.util.List<String> companies = java.util.List.of();
        public String theme;
        public java.util.List<String> metrics = java.util.List.of();
        public String currency;
        public String sort;
    }

    private static Path file() {
        return LibraryLocations.settingsDir().resolve("window.json");
    }

    public static WindowSettings load() {
        try {
            Path f = file();
            if (Files.exists(f)) {
                return Json.MAPPER.readValue(f.toFile(), WindowSettings.class);
            }
        } catch (IOException | RuntimeException e) {
            // unreadable settings are replaced by defaults; they hold nothing the user made
            System.getLogger(WindowSettings.class.getName()).log(System.Logger.Level.WARNING,
                    "Window settings unreadable, using defaults", e);
        }
        return new WindowSettings();
    }

    public void save() {
        try {
            Path f = file();
            Files.createDirectories(f.getParent());
            Path tmp = f.resolveSibling("window.json.part");
            Json.MAPPER.writeValue(tmp.toFile(), this);
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // losing the window size is not worth bothering the user about, but it is logged
            System.getLogger(WindowSettings.class.getName()).log(System.Logger.Level.WARNING,
                    "Window settings not saved", e);
        }
    }
}
