package app.dossier.cli;

import app.dossier.annotations.AnnotationImport;
import app.dossier.annotations.NotesCorpus;
import app.dossier.annotations.NotesExport;
import app.dossier.annotations.Scope;
import app.dossier.files.SafeOutput;
import app.dossier.library.Library;
import app.dossier.store.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code notes export} writes the library's notes as W3C annotations, a table of quotes, a Markdown
 * memo or a REFI-QDA project; {@code notes import} brings W3C annotations back as one undoable decision.
 */
final class NotesCommand {
    private final PrintStream out;
    private final PrintStream err;

    private final LibraryAccess access;

    NotesCommand(PrintStream out, PrintStream err, LibraryAccess access) {
        this.access = access;
        this.out = out;
        this.err = err;
    }

    int run(Arguments args) throws UsageException, IOException {
        if (args.positional().isEmpty()) {
            throw new UsageException("notes needs a sub-command: export or import");
        }
        return switch (args.positional().get(0)) {
            case "export" -> export(args);
            case "import" -> importW3c(args);
            default -> throw new UsageException("unknown notes sub-command '" + args.positional().get(0) + "'");
        };
    }

    private int export(Arguments args) throws UsageException, IOException {
        NotesExport.Format format = NotesExport.Format.fromId(args.option("format")).orElseThrow(() ->
                new UsageException("notes export needs --format " + NotesExport.Format.ids()));
        if (args.option("out") == null) {
            throw new UsageException("notes export needs --out FILE");
        }
        Scope scope = scope(args);
        Path file = Path.of(args.option("out"));
        SafeOutput.check(file, args.flag("force"));
        try (LibraryAccess.LibraryUse use = access.open(Cli.libraryDir(args))) {
            Library library = use.library();
            NotesCorpus all = NotesCorpus.load(library);
            NotesCorpus corpus = all.scoped(scope);
            NotesExport.write(corpus, format, NotesExport.title(all, scope), file);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("format", format.id());
            result.put("out", file.toString());
            result.put("annotations", corpus.annotations().size());
            result.put("reports", corpus.annotations().stream().map(a -> a.reportId()).distinct().count());
            out.println(Json.write(result));
            err.println("notes exported to " + file);
            return Cli.OK;
        }
    }

    private static Scope scope(Arguments args) throws UsageException {
        int given = (args.option("report") != null ? 1 : 0) + (args.option("company") != null ? 1 : 0)
                + (args.option("theme") != null ? 1 : 0);
        if (given > 1) {
            throw new UsageException("give at most one of --report, --company, --theme");
        }
        if (args.option("report") != null) {
            return Scope.report(args.option("report"));
        }
        if (args.option("company") != null) {
            return Scope.company(args.option("company"));
        }
        if (args.option("theme") != null) {
            return Scope.theme(args.option("theme"));
        }
        return Scope.all();
    }

    private int importW3c(Arguments args) throws UsageException, IOException {
        String format = args.option("format") == null ? "w3c" : args.option("format");
        if (!"w3c".equalsIgnoreCase(format)) {
            throw new UsageException("notes import reads --format w3c only");
        }
        if (args.positional().size() != 2) {
            throw new UsageException("notes import needs one FILE of W3C annotations");
        }
        Path file = Path.of(args.positional().get(1));
        try (LibraryAccess.LibraryUse use = access.open(Cli.libraryDir(args)); InputStream in = Files.newInputStream(file)) {
            Library library = use.library();
            AnnotationImport.Plan plan = AnnotationImport.plan(library, in);
            plan.command().ifPresent(library::execute);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("added", plan.added());
            result.put("updated", plan.updated());
            result.put("unchanged", plan.unchanged());
            result.put("orphaned", plan.orphaned());
            result.put("unmatchedReports", plan.unmatched());
            out.println(Json.write(result));
            err.println(plan.summary());
            return plan.unmatched().isEmpty() ? Cli.OK : Cli.PARTLY_FAILED;
        }
    }
}
