package app.dossier.library;

import app.dossier.importing.ImportOutcome;
import app.dossier.journal.Journal;
import app.dossier.journal.JournalReader;
import app.dossier.store.Database;
import app.dossier.store.OriginalsStore;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Rebuilds a library from its original files plus its journal of decisions: the way back when the
 * database is lost or damaged. The new library is built in a folder of its own ({@value #STAGING}
 * inside the target) under the target's lock, and swapped in only when complete; the old database is
 * kept aside. A rebuild killed at any moment leaves either the old library or the new one, and running
 * it again gives the same library as running it once.
 */
public final class LibraryRebuild {
    static final String STAGING = ".rebuild";
    private static final String COMPLETE = "COMPLETE";
    /** What the rebuilt library replaces; everything else (journal, originals, settings) is kept as it is. */
    private static final Set<String> REPLACED = Set.of(Database.FILE_NAME, "dossier.trace.db", "index");

    private LibraryRebuild() {
    }

    /**
     * @param importFailures  originals that could not be imported again, each with its reason
     * @param journalProblems damaged journal lines and decisions that could not be applied
     * @param orphaned        decisions kept for reports whose original is missing
     * @param asideFolder     where the old database was put, or null when there was none
     */
    public record Result(int reports, List<String> importFailures, int decisions, List<String> journalProblems,
                         int orphaned, Path asideFolder) {
        /** A rebuild that lost anything does not call itself a success. */
        public boolean complete() {
            return importFailures.isEmpty() && journalProblems.isEmpty();
        }
    }

    public static Result rebuild(Path source, Path target, Library.ProgressListener progress) throws IOException {
        Files.createDirectories(target);
        try (LibraryLock lock = LibraryLock.acquire(target)) {
            finishPendingSwap(target);
            Path staging = target.resolve(STAGING);
            deleteTree(staging);
            Files.createDirectories(staging);
            copySettings(source, staging);
            List<String> failures = new ArrayList<>();
            List<OriginalsStore.Original> originals = new OriginalsStore(source).all();
            try (Library library = Library.open(staging)) {
                int done = 0;
                for (OriginalsStore.Original original : originals) {
                    ImportOutcome o = importOriginal(library, original, staging);
                    if (o.failed()) {
                        failures.add(original.fileName() + ": " + o.error());
                        progress.problem(original.fileName() + ": " + o.error());
                    }
                    progress.progress(++done, originals.size(), original.fileName());
                }
            }
            // the journal goes in only now, so that its decisions are replayed onto the re-imported reports
            Path journal = source.resolve(Journal.FILE_NAME);
            if (Files.exists(journal)) {
                Files.copy(journal, staging.resolve(Journal.FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
            }
            Result result;
            try (Library library = Library.open(staging)) {
                library.search().rebuild();
                JournalReader.Contents contents = library.journalAtOpen();
                List<String> problems = new ArrayList<>();
                contents.problems().forEach(p -> problems.add("journal " + p));
                problems.addAll(library.decisions().unapplied());
                result = new Result(library.reports().size(), failures, contents.entries().size(), problems,
                        library.decisions().orphans().size(), null);
            }
            Path aside = target.resolve("before-rebuild-" + Instant.now().toString().replace(':', '-'));
            writeForced(staging.resolve(COMPLETE), aside.getFileName().toString());
            boolean hadDatabase = Files.exists(target.resolve(Database.FILE_NAME));
            finishPendingSwap(target);
            return new Result(result.reports(), result.importFailures(), result.decisions(), result.journalProblems(),
                    result.orphaned(), hadDatabase ? aside : null);
        }
    }

    /**
     * Imports an original as the file it was: one kept deflated is inflated under its own name into a
     * scratch folder first (the importer reads files, and names tell formats), removed again after; kept in the
     * staging folder, so a rebuild cut short leaves none behind.
     */
    private static ImportOutcome importOriginal(Library library, OriginalsStore.Original original, Path staging)
            throws IOException {
        if (!original.deflated()) {
            return library.importer().importFile(original.path());
        }
        Path scratch = Files.createTempDirectory(staging, ".inflating-");
        try {
            Path file = scratch.resolve(original.fileName());
            Files.write(file, original.read());
            return library.importer().importFile(file);
        } finally {
            deleteTree(scratch);
        }
    }

    /**
     * Completes a swap a rebuild began (the new library is complete in the staging folder), or removes
     * the staging folder of a rebuild that did not get that far. Every step can be repeated.
     */
    static void finishPendingSwap(Path target) throws IOException {
        Path staging = target.resolve(STAGING);
        if (!Files.isDirectory(staging)) {
            return;
        }
        Path complete = staging.resolve(COMPLETE);
        if (!Files.exists(complete)) {
            deleteTree(staging);
            return;
        }
        Path aside = target.resolve(Files.readString(complete, StandardCharsets.UTF_8).strip());
        for (String name : List.of(Database.FILE_NAME, "dossier.trace.db")) {
            Path fresh = staging.resolve(name);
            if (Files.exists(fresh)) {
                Path old = target.resolve(name);
                if (Files.exists(old)) {
                    Files.createDirectories(aside);
                    Files.move(old, aside.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(fresh, old);
            }
        }
        if (Files.exists(staging.resolve("index"))) {
            deleteTree(target.resolve("index"));
            Files.move(staging.resolve("index"), target.resolve("index"));
        }
        try (Stream<Path> rest = Files.list(staging)) {
            for (Path p : rest.toList()) {
                String name = p.getFileName().toString();
                if (!REPLACED.contains(name) && !name.equals(COMPLETE) && !name.equals(LibraryLock.FILE_NAME)
                        && !Files.exists(target.resolve(name))) {
                    Files.move(p, target.resolve(name));
                }
            }
        }
        Files.delete(complete);
        deleteTree(staging);
    }

    /** Settings kept beside the database (exchange rates): a rebuild into a new folder takes them along. */
    private static void copySettings(Path source, Path staging) throws IOException {
        if (source.equals(staging.getParent())) {
            return;
        }
        try (Stream<Path> files = Files.list(source)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                if (p.getFileName().toString().endsWith(".json")) {
                    Files.copy(p, staging.resolve(p.getFileName()));
                }
            }
        }
    }

    private static void writeForced(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Deletes a folder and everything in it; a missing folder is fine. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
