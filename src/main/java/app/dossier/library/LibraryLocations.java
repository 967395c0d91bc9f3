package app.dossier.library;

import java.nio.file.Path;
import java.util.Locale;

/** Where libraries and settings live by platform convention. */
public final class LibraryLocations {
    private LibraryLocations() {
    }

    /** $XDG_DATA_HOME/dossier on Linux, ~/Library/Application Support/Dossier on macOS, %APPDATA%\Dossier on Windows. */
    public static Path defaultLibrary() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "Dossier");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Dossier");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("dossier");
    }

    /** Folder for the window's own settings (size, last library). */
    public static Path settingsDir() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return defaultLibrary().getParent().resolve(os.contains("win") ? "Dossier" : "Dossier");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config"))
                .resolve("dossier");
    }
}
