package app.dossier.cli;

import app.dossier.importing.ImportOutcome;
import app.dossier.journal.Journal;
import app.dossier.library.Library;
import app.dossier.store.Json;
import app.dossier.store.OriginalsStore;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Rebuilds a library from its original files plus its journal of decisions: the way back when the
 * database file is lost or damaged. In place (the damaged database is kept aside), or into a new folder.
 */
final class RebuildCommand {
    private final PrintStream out;
    private final PrintStream err;

    RebuildCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(Arguments args) throws IOException, UsageException {
        Path target = Cli.libraryDir(args);
        Path source = args.option("from") != null ? Path.of(args.option("from")) : target;
        if (!Files.isDirectory(source.resolve("originals")) && !Files.exists(source.resolve(Journal.FILE_NAME))) {
            throw new UsageException(source + " holds no original files nor journal to rebuild from");
        }
        List<OriginalsStore.Original> originals = new OriginalsStore(source).all();
        List<Journal.Entry> journal = Journal.read(source.resolve(Journal.FILE_NAME));
        Path staging = source.equals(target) ? setAside(target) : target;
        if (!source.equals(target) && Files.exists(target.resolve("dossier.mv.db"))) {
            throw new UsageException(target + " already holds a library; rebuild into a new folder");
        }
        int failed = 0;
        try (Library library = Library.open(target)) {
            for (OriginalsStore.Original original : originals) {
                ImportOutcome o = library.importer().importFile(original.path());
                if (o.failed()) {
                    failed++;
                    err.println(original.fileName() + ": " + o.error());
                }
            }
        }
        // the journal goes in only now, so that its decisions are replayed onto the re-imported reports
        Path journalFile = staging.resolve(Journal.FILE_NAME);
        if (!source.equals(target)) {
            journalFile = source.resolve(Journal.FILE_NAME);
        }
        if (Files.exists(journalFile)) {
            Files.copy(journalFile, target.resolve(Journal.FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
        }
        int replayed;
        try (Library library = Library.open(target)) {
            replayed = journal.size();
            library.search().rebuild();
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("library", target.toString());
        result.put("reports", originals.size() - failed);
        result.put("decisionsReplayed", replayed);
        result.put("failed", failed);
        out.println(Json.write(result));
        return failed > 0 ? Cli.PARTLY_FAILED : Cli.OK;
    }

    /** Moves the damaged database, journal and index of a library into a dated folder inside it. */
    private Path setAside(Path library) throws IOException {
        Path aside = library.resolve("before-rebuild-" + Instant.now().toString().replace(':', '-'));
        Files.createDirectories(aside);
        try (Stream<Path> files = Files.list(library)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith("dossier.") || name.equals("index") || name.equals(Journal.FILE_NAME)) {
                    Files.move(p, aside.resolve(name));
                }
            }
        }
        if (!Files.exists(aside.resolve(Journal.FILE_NAME))) {
            Files.createFile(aside.resolve(Journal.FILE_NAME));
        }
        err.println("the old database was moved to " + aside);
        return aside;
    }
}
