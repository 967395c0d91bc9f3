package app.dossier.logging;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Where Dossier's log goes: a rotating file in the user's log folder, shared by the window and the command
 * line. Code logs through {@link System.Logger}; its default backend is java.util.logging, which this
 * class points at the file (no extra logging library). The console keeps what it showed before: Dossier's
 * own records go only to the file, because the command line already prints its messages on stderr.
 */
public final class AppLog {
    /** Overrides the folder: {@code -Ddossier.logDir=DIR}. */
    public static final String DIR_PROPERTY = "dossier.logDir";
    static final int LIMIT_BYTES = 1_000_000;
    static final int FILES = 5;
    private static final String ROOT = "app.dossier";

    private static Handler installed;
    private static Path currentFile;

    private AppLog() {
    }

    /** The user's log folder: ~/Library/Logs/Dossier, %LOCALAPPDATA%\Dossier\logs, or $XDG_STATE_HOME/dossier. */
    public static Path defaultDirectory() {
        String override = System.getProperty(DIR_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("mac")) {
            return home.resolve("Library/Logs/Dossier");
        }
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local == null ? home.resolve("AppData/Local") : Path.of(local)).resolve("Dossier/logs");
        }
        String state = System.getenv("XDG_STATE_HOME");
        return (state == null || state.isBlank() ? home.resolve(".local/state") : Path.of(state)).resolve("dossier");
    }

    /** Logs to the user's log folder from now on; a second call changes nothing. */
    public static synchronized Path install() {
        return install(defaultDirectory());
    }

    /**
     * Logs to {@code directory}/dossier.0.log (the newest; older ones are .1 to .4, 1 MB each). When the
     * folder cannot be written, Dossier goes on without a log file and says so on stderr.
     */
    public static synchronized Path install(Path directory) {
        if (installed != null) {
            return currentFile;
        }
        Logger.getLogger(ROOT).setLevel(Level.INFO);
        for (Handler h : Logger.getLogger("").getHandlers()) {
            if (h instanceof ConsoleHandler) {
                h.setFilter(r -> r.getLoggerName() == null || !r.getLoggerName().startsWith(ROOT));
            }
        }
        try {
            Files.createDirectories(directory);
            FileHandler file = new FileHandler(directory.resolve("dossier.%g.log").toString(), LIMIT_BYTES, FILES, true);
            file.setEncoding(StandardCharsets.UTF_8.name());
            file.setFormatter(new OneLine());
            file.setLevel(Level.INFO);
            Logger.getLogger("").addHandler(file);
            installed = file;
            currentFile = directory.resolve("dossier.0.log");
        } catch (IOException | RuntimeException e) {
            System.err.println("dossier: no log file in " + directory + " (" + e.getMessage() + ")");
        }
        return currentFile;
    }

    /** The file being written, or null when there is none (not installed, or the folder was not writable). */
    public static synchronized Path file() {
        return currentFile;
    }

    /** Stops logging to the file (tests, and a clean exit). */
    public static synchronized void uninstall() {
        if (installed != null) {
            Logger.getLogger("").removeHandler(installed);
            installed.close();
            installed = null;
            currentFile = null;
        }
    }

    /** "…; see the log: PATH", for messages shown to the user, or "" when there is no log file. */
    public static String seeTheLog() {
        Path f = file();
        return f == null ? "" : " (see the log: " + f + ")";
    }

    /** One line per record, then the stack trace when there is one: easy to grep and to paste into a bug report. */
    private static final class OneLine extends Formatter {
        @Override
        public String format(LogRecord r) {
            StringBuilder b = new StringBuilder().append(Instant.ofEpochMilli(r.getMillis())).append(' ')
                    .append(r.getLevel().getName()).append(' ').append(r.getLoggerName()).append(": ")
                    .append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                b.append(trace);
            }
            return b.toString();
        }
    }
}
