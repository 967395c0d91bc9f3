package app.dossier.cli;

import app.dossier.library.Library;
import app.dossier.library.LibraryBackup;
import app.dossier.library.LibraryCheck;
import app.dossier.store.Json;
import app.dossier.store.OrphanRepository;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The commands that keep a library safe: check, orphans, backup, restore. */
final class SafetyCommands {
    private final PrintStream out;
    private final PrintStream err;

    private final LibraryAccess access;

    SafetyCommands(PrintStream out, PrintStream err, LibraryAccess access) {
        this.access = access;
        this.out = out;
        this.err = err;
    }

    /** One JSON object per difference found; exit 1 when there is any. */
    int check(Arguments args) throws IOException {
        try (LibraryAccess.LibraryUse use = access.open(Cli.libraryDir(args))) {
            Library library = use.library();
            List<LibraryCheck.Finding> findings = LibraryCheck.run(library);
            for (LibraryCheck.Finding f : findings) {
                out.println(Json.write(Map.of("area", f.area(), "problem", f.problem())));
            }
            err.println(findings.isEmpty() ? "the library is sound: database, checksums, index, journal and originals agree"
                    : findings.size() + " differences found");
            return findings.isEmpty() ? Cli.OK : Cli.PARTLY_FAILED;
        }
    }

    /** Decisions kept for reports whose original is missing: one JSON object each. */
    int orphans(Arguments args) throws IOException {
        try (LibraryAccess.LibraryUse use = access.open(Cli.libraryDir(args))) {
            Library library = use.library();
            List<OrphanRepository.Orphan> orphans = library.orphanedDecisions();
            for (OrphanRepository.Orphan o : orphans) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("journalEntry", o.seq());
                m.put("report", o.reportId());
                m.put("decision", o.description());
                out.println(Json.write(m));
            }
            err.println(orphans.isEmpty() ? "no orphaned decisions"
                    : orphans.size() + " orphaned decisions; importing the report's file again re-attaches them");
            return Cli.OK;
        }
    }

    int backup(Arguments args) throws IOException, UsageException {
        String target = args.option("out");
        if (target == null) {
            throw new UsageException("backup needs --out FILE.zip");
        }
        LibraryBackup.Summary s = LibraryBackup.write(Cli.libraryDir(args), Path.of(target));
        out.println(Json.write(Map.of("backup", s.file().toString(), "originals", s.originals(), "bytes", s.bytes())));
        return Cli.OK;
    }

    int restore(Arguments args) throws IOException, UsageException {
        if (args.positional().size() != 1 || args.option("library") == null) {
            throw new UsageException("restore needs a backup FILE and --library NEWDIR");
        }
        Path restored = LibraryBackup.restore(Path.of(args.positional().get(0)), Path.of(args.option("library")));
        try (Library library = Library.open(restored)) {
            out.println(Json.write(Map.of("library", restored.toString(), "reports", library.reports().size())));
        }
        return Cli.OK;
    }
}
