package app.dossier.library;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The library's database cannot be used (missing beside its originals and journal, or unreadable),
 * but the library can be rebuilt from its original files and journal: callers offer that.
 */
public final class LibraryDamagedException extends IOException {
    private final Path directory;

    public LibraryDamagedException(Path directory, String reason, Throwable cause) {
        super("the library in " + directory + " cannot be opened: " + reason + ". It can be rebuilt from its "
                + "original files and journal: `dossier rebuild --library " + directory + "` (or Rebuild in the window)",
                cause);
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }
}
