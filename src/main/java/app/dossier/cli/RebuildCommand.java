package app.dossier.cli;

import app.dossier.journal.Journal;
import app.dossier.library.Library;
import app.dossier.library.LibraryRebuild;
import app.dossier.store.Database;
import app.dossier.store.Json;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

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
        if (!source.equals(target) && Files.exists(target.resolve(Database.FILE_NAME))) {
            throw new UsageException(target + " already holds a library; rebuild into a new folder");
        }
        LibraryRebuild.Result result = LibraryAccess.whenFree(target, err, () -> LibraryRebuild.rebuild(source, target, new Library.ProgressListener() {
            @Override
            public void progress(int done, int total, String current) {
                if (done % 100 == 0 || done == total) {
                    err.printf("%d/%d originals imported%n", done, total);
                }
            }

            @Override
            public void problem(String message) {
                err.println(message);
            }
        }));
        if (result.asideFolder() != null) {
            err.println("the old database was moved to " + result.asideFolder());
        }
        result.journalProblems().forEach(p -> err.println("not rebuilt: " + p));
        if (result.orphaned() > 0) {
            err.println(result.orphaned() + " decisions are on reports whose original file is missing; they are kept "
                    + "and listed by `dossier orphans`, and re-attached when the file is imported again");
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("library", target.toString());
        json.put("reports", result.reports());
        json.put("decisionsReplayed", result.decisions());
        json.put("failed", result.importFailures().size());
        json.put("orphanedDecisions", result.orphaned());
        json.put("journalProblems", result.journalProblems());
        json.put("complete", result.complete());
        out.println(Json.write(json));
        if (!result.complete()) {
            err.println("the rebuild is NOT complete: what is listed above could not be brought back");
            return Cli.PARTLY_FAILED;
        }
        return Cli.OK;
    }
}
