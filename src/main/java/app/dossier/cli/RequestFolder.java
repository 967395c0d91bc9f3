package app.dossier.cli;

import app.dossier.library.LibraryLock;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The folders inside a library through which commands reach the Dossier window that holds it: the
 * library folder stays the only way in, nothing listens on a port. A request is
 * {@code .requests/<uuid>.json}, claimed by the window by renaming it to {@code <uuid>.taken}; the
 * answer is {@code .responses/<uuid>.jsonl}. Every file appears whole (written beside, then renamed).
 */
final class RequestFolder {
    static final String REQUESTS = ".requests";
    static final String RESPONSES = ".responses";
    /** Touched by the window every {@link #HEARTBEAT} while it serves; a stale mark means no one serves. */
    static final String SERVING_MARK = "serving";
    static final Duration HEARTBEAT = Duration.ofSeconds(2);
    static final Duration GONE_AFTER = Duration.ofSeconds(10);
    /** Commands the window runs for the command line: reading ones and ones that write through its journal. */
    static final Set<String> SERVED = Set.of("import", "export", "search", "chart", "ledger", "companies", "notes", "profile", "overview",
            "reanalyse", "reprocess", "reindex", "check", "orphans");
    static final Pattern REQUEST_NAME = Pattern.compile("[0-9a-f-]{36}\\.json");

    private final Path library;

    RequestFolder(Path library) {
        this.library = library;
    }

    Path requests() {
        return library.resolve(REQUESTS);
    }

    Path responses() {
        return library.resolve(RESPONSES);
    }

    Path request(String id) {
        return requests().resolve(id + ".json");
    }

    Path taken(String id) {
        return requests().resolve(id + ".taken");
    }

    Path response(String id) {
        return responses().resolve(id + ".jsonl");
    }

    Path servingMark() {
        return requests().resolve(SERVING_MARK);
    }

    /** Creates both folders, readable by this user only where the file system has POSIX permissions. */
    void create() throws IOException {
        for (Path dir : new Path[] {requests(), responses()}) {
            if (Files.isDirectory(dir)) {
                continue;
            }
            try {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (UnsupportedOperationException e) {
                Files.createDirectory(dir);
            } catch (FileAlreadyExistsException e) {
                // made by the other side at the same moment
            }
        }
    }

    /** Whether a Dossier window holds this library and answers requests now. */
    boolean isServed() throws IOException {
        Path mark = servingMark();
        if (!Files.isDirectory(library) || !Files.exists(mark)) {
            return false;
        }
        Instant beat = Files.getLastModifiedTime(mark).toInstant();
        return beat.isAfter(Instant.now().minus(GONE_AFTER)) && LibraryLock.isHeld(library);
    }

    void heartbeat() throws IOException {
        Path mark = servingMark();
        if (!Files.exists(mark)) {
            writeWhole(mark, "{\"pid\":" + ProcessHandle.current().pid() + "}\n");
        }
        Files.setLastModifiedTime(mark, FileTime.from(Instant.now()));
    }

    /** Writes a file so that a reader sees it whole or not at all. */
    static void writeWhole(Path target, String content) throws IOException {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        Files.writeString(part, content, StandardCharsets.UTF_8);
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static boolean olderThan(Path file, Duration age) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(Instant.now().minus(age));
        } catch (IOException e) {
            return false;
        }
    }
}
