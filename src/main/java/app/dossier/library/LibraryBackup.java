package app.dossier.library;

import app.dossier.journal.Journal;
import app.dossier.store.Database;
import app.dossier.store.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A whole library (database, journal, original files, settings) as one zip file, written while the
 * library is in use, and restored into a new folder. The database is copied first and the journal after
 * it, so the journal holds every decision the database does; decisions it holds beyond are applied when
 * the restored library opens, exactly as after a crash.
 */
public final class LibraryBackup {
    static final String MANIFEST = "dossier-backup.json";

    private LibraryBackup() {
    }

    /** What went into a backup. */
    public record Summary(Path file, int originals, long bytes) {
    }

    /** Backs up a library open in this process (the window's menu item): the database through H2's online backup. */
    public static Summary write(Library library, Path out) throws IOException {
        Path dbCopy = Files.createTempFile("dossier-backup", ".zip");
        try {
            Files.delete(dbCopy);
            library.database().write(c -> {
                try (var st = c.createStatement()) {
                    st.execute("BACKUP TO '" + dbCopy.toAbsolutePath().toString().replace("'", "''") + "'");
                }
                return null;
            });
            Path db = Files.createTempFile("dossier-backup", ".mv.db");
            try {
                try (ZipFile zip = new ZipFile(dbCopy.toFile()); InputStream in = zip.getInputStream(databaseEntry(zip))) {
                    Files.copy(in, db, StandardCopyOption.REPLACE_EXISTING);
                }
                return writeZip(library.directory(), db, out);
            } finally {
                Files.deleteIfExists(db);
            }
        } finally {
            Files.deleteIfExists(dbCopy);
        }
    }

    /**
     * Backs up a library folder not open in this process. When no one has it open, under its lock; when
     * another window or command has it open, its files are copied as a crash would leave them, which the
     * database and the journal are made to survive.
     */
    public static Summary write(Path libraryDir, Path out) throws IOException {
        if (!Files.exists(libraryDir.resolve(Database.FILE_NAME))) {
            throw new IOException(libraryDir + " holds no library database to back up");
        }
        LibraryLock lock = null;
        try {
            lock = LibraryLock.acquire(libraryDir);
        } catch (LibraryLock.LibraryInUseException inUse) {
            // open elsewhere: copy as it stands
        }
        try {
            return writeZip(libraryDir, libraryDir.resolve(Database.FILE_NAME), out);
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }

    private static ZipEntry databaseEntry(ZipFile zip) throws IOException {
        return zip.stream().filter(e -> e.getName().endsWith(".mv.db")).findFirst()
                .orElseThrow(() -> new IOException("H2 wrote a backup without the database"));
    }

    private static Summary writeZip(Path libraryDir, Path database, Path out) throws IOException {
        Path part = out.resolveSibling(out.getFileName() + ".part");
        int originals = 0;
        try (OutputStream file = Files.newOutputStream(part); ZipOutputStream zip = new ZipOutputStream(file)) {
            add(zip, Database.FILE_NAME, database);
            Path journal = libraryDir.resolve(Journal.FILE_NAME);
            if (Files.exists(journal)) {
                add(zip, Journal.FILE_NAME, journal);
            }
            try (Stream<Path> files = Files.list(libraryDir)) {
                for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                    if (p.getFileName().toString().endsWith(".json")) {
                        add(zip, p.getFileName().toString(), p);
                    }
                }
            }
            Path originalsDir = libraryDir.resolve("originals");
            if (Files.isDirectory(originalsDir)) {
                try (Stream<Path> walk = Files.walk(originalsDir)) {
                    for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                        if (!p.getFileName().toString().endsWith(".part")) {
                            add(zip, libraryDir.relativize(p).toString().replace('\\', '/'), p);
                            originals++;
                        }
                    }
                }
            }
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("format", "dossier-backup");
            manifest.put("version", 1);
            manifest.put("created", Instant.now().toString());
            manifest.put("library", libraryDir.toAbsolutePath().toString());
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(Json.write(manifest).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        Files.move(part, out, StandardCopyOption.REPLACE_EXISTING);
        return new Summary(out, originals, Files.size(out));
    }

    private static void add(ZipOutputStream zip, String name, Path file) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Files.copy(file, zip);
        zip.closeEntry();
    }

    /**
     * Restores a backup into a new folder (one that does not exist or is empty), then opens it once so
     * that journalled decisions the copied database lacks are applied. Nothing is left half restored.
     */
    public static Path restore(Path backup, Path newDir) throws IOException {
        if (Files.exists(newDir) && !isEmptyDir(newDir)) {
            throw new IOException(newDir + " is not empty; restore into a new folder");
        }
        Path parent = newDir.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, ".restoring-");
        try {
            boolean sawManifest = false;
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    Path target = staging.resolve(e.getName()).normalize();
                    if (!target.startsWith(staging) || e.isDirectory()) {
                        continue; // never write outside the new folder
                    }
                    sawManifest |= e.getName().equals(MANIFEST);
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                }
            }
            if (!sawManifest || !Files.exists(staging.resolve(Database.FILE_NAME))) {
                throw new IOException(backup + " is not a Dossier backup");
            }
            Files.delete(staging.resolve(MANIFEST));
            try (Library library = Library.open(staging)) {
                library.search().rebuild();
            }
            Files.deleteIfExists(newDir);
            Files.move(staging, newDir, StandardCopyOption.ATOMIC_MOVE);
            return newDir;
        } finally {
            LibraryRebuild.deleteTree(staging);
        }
    }

    private static boolean isEmptyDir(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.findAny().isEmpty();
        }
    }
}
