package app.dossier.cli;

import app.dossier.files.OutputRefusedException;
import app.dossier.files.SafeOutput;
import app.dossier.importing.ImportOutcome;
import app.dossier.library.Library;
import app.dossier.library.LibraryExport;
import app.dossier.library.LibraryLocations;
import app.dossier.search.SearchHit;
import app.dossier.search.SearchResult;
import app.dossier.store.Json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The headless commands of CONTRACT.md: machine-readable output on stdout, messages on stderr,
 * exit 0 on success, 1 when some input failed but the rest was done, 2 on bad usage.
 */
public final class Cli {
    private static final System.Logger LOG = System.getLogger(Cli.class.getName());
    static final int OK = 0;
    static final int PARTLY_FAILED = 1;
    static final int USAGE = 2;

    private static final String USAGE_TEXT = """
            usage: dossier                                   open the window on the last (or default) library
                   dossier import  [--library DIR] [--follow-links] PATH...   import files and folders
                                   (links leading out of a folder are followed only with --follow-links)
                   dossier export  [--library DIR] [--with-text] [--out FILE [--force]]
                   dossier search  [--library DIR] [--limit N] QUERY
                   dossier chart   [--library DIR] --type TYPE --out FILE.png|svg|pdf|csv [--width W --height H]
                                   [--scale 2] [--currency CUR] [--companies ID,ID] [--period P]
                                   [--confirmed-only] [--original-names] [--force]
                                   TYPE: market-share, burn-rate, funding, company-theme, theme-momentum
                   dossier reanalyse [--library DIR]             re-run tagging and figures over every report
                   dossier notes export [--library DIR] --format w3c|csv|xlsx|md|qdpx --out FILE
                                   [--report ID | --company ID | --theme ID] [--force]
                   dossier notes import [--library DIR] [--format w3c] FILE   W3C annotations, one undoable decision
                   dossier ledger  [--library DIR] [--out FILE.csv [--force]] [--currency CUR]   the figures ledger as CSV
                   (--force: replace a file that exists; without it an existing file is left alone, exit 2)
                   dossier matrix  [--library DIR] [--companies A,B | --theme T | --all] [--metrics cash,burn,...]
                                   [--currency CUR] [--sort METRIC[:desc]] [--out FILE.csv|xlsx|md [--force]]
                                   companies × metrics, each cell cited; --sort orders the rows (empty cells last)
                                   metrics: cash, burn, runway, valuation, funding, revenue, market-share, rd-spend
                   dossier memo    [--library DIR] --out FILE.md|docx|pdf [--force] [--title T]
                                   [--charts burn-rate,market-share,...] [--matrix [matrix options]]
                                   [--notes tag:NAME|company:NAME|theme:NAME|all]   one memo, every number footnoted
                   dossier companies [--library DIR] [--discovered]   companies mentioned, one JSON object per line
                   dossier companies [--library DIR] --accept ID | --reject ID   decide on a discovered company
                   dossier profile [--library DIR] --company NAME [--currency CUR] [--json]   one company's profile
                   dossier overview [--library DIR]              what is new since the window's last visit, top companies,
                                   themes, runway (one JSON object; the last-visit marker is left as it is)
                   dossier reprocess [--library DIR]             re-read every report from its original file
                   dossier reindex [--library DIR]               rebuild the search index from the database
                   dossier rebuild [--from DIR] [--library DIR]  rebuild a library from its original files and journal
                   dossier check   [--library DIR]               verify database, checksums, index, journal, originals
                   dossier orphans [--library DIR]               decisions on reports whose original file is missing
                   dossier backup  [--library DIR] --out FILE.zip   the whole library as one file, even while open
                   dossier restore FILE.zip --library NEWDIR     a backup into a new folder
                   dossier faults  [--size small|full] [--work DIR]   kill and damage libraries; prints survived/total
                   dossier bench   [--reports N] [--seed S] [--work DIR] [--no-window] [--curve [--sizes 1000,10000,100000]]
                   dossier bench   --window-only --library DIR [--import FOLDER] [--work DIR]   the window's part alone, on a
                                   copy of an existing library (and, with --import, the FX stall importing FOLDER)
            """;

    private final PrintStream out;
    private final PrintStream err;
    /** Null on the command line; the window's library when the window runs a command handed to it. */
    private final Library lentLibrary;
    private final LibraryAccess access;

    public Cli(PrintStream out, PrintStream err) {
        this(out, err, null);
    }

    /** A command line that runs on a library the window holds (see {@link WindowRequests}). */
    Cli(PrintStream out, PrintStream err, Library lentLibrary) {
        this.out = out;
        this.err = err;
        this.lentLibrary = lentLibrary;
        this.access = lentLibrary == null ? LibraryAccess.ownLock(err) : LibraryAccess.lentBy(lentLibrary);
    }

    public static void main(String[] args) {
        quietLibraries();
        app.dossier.logging.AppLog.install();
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        System.exit(new Cli(out, err).run(Arrays.asList(args)));
    }

    /** Libraries (PDFBox, Flyway) log through java.util.logging; warnings only, and on stderr. */
    static void quietLibraries() {
        Logger.getLogger("").setLevel(Level.WARNING);
        Logger.getLogger("org.apache.pdfbox").setLevel(Level.SEVERE);
        Logger.getLogger("org.apache.fontbox").setLevel(Level.SEVERE);
    }

    public int run(List<String> words) {
        if (words.isEmpty()) {
            err.print(USAGE_TEXT);
            return USAGE;
        }
        String command = words.get(0);
        List<String> rest = words.subList(1, words.size());
        try {
            if (lentLibrary == null) {
                java.util.Optional<Integer> answered = WindowClient.askTheWindow(command, rest, err, out);
                if (answered.isPresent()) {
                    return answered.get();
                }
            }
            return switch (command) {
                case "import" -> importFiles(parse(rest, Set.of("follow-links"), Set.of("library")));
                case "export" -> export(parse(rest, Set.of("with-text", "force"), Set.of("library", "out")));
                case "search" -> search(parse(rest, Set.of(), Set.of("library", "limit")));
                case "chart" -> new ChartCommand(out, err, access).run(parse(rest, Set.of("confirmed-only", "original-names", "force"),
                        Set.of("library", "type", "out", "width", "height", "currency", "scale", "companies", "period")));
                case "reanalyse" -> reanalyse(parse(rest, Set.of(), Set.of("library")));
                case "reindex" -> reindex(parse(rest, Set.of(), Set.of("library")));
                case "reprocess" -> reprocess(parse(rest, Set.of(), Set.of("library")));
                case "companies" -> new CompaniesCommand(out, err, access).run(parse(rest, Set.of("discovered"),
                        Set.of("library", "accept", "reject")));
                case "profile" -> new ProfileCommand(out, access).run(parse(rest, Set.of("json"), Set.of("library", "company", "currency")));
                case "overview" -> overview(parse(rest, Set.of(), Set.of("library")));
                case "ledger" -> new LedgerCommand(out, err, access).run(parse(rest, Set.of("force"), Set.of("library", "out", "currency")));
                case "matrix" -> new MatrixCommand(out, err, access).run(parse(rest, Set.of("all", "force"),
                        MatrixCommand.VALUED));
                case "memo" -> new MemoCommand(out, err, access).run(parse(rest, MemoCommand.FLAGS, MemoCommand.VALUED));
                case "notes" -> new NotesCommand(out, err, access).run(parse(rest, Set.of("force"),
                        Set.of("library", "format", "out", "report", "company", "theme")));
                case "rebuild" -> new RebuildCommand(out, err).run(parse(rest, Set.of(), Set.of("library", "from")));
                case "check" -> new SafetyCommands(out, err, access).check(parse(rest, Set.of(), Set.of("library")));
                case "orphans" -> new SafetyCommands(out, err, access).orphans(parse(rest, Set.of(), Set.of("library")));
                case "backup" -> new SafetyCommands(out, err, access).backup(parse(rest, Set.of(), Set.of("library", "out")));
                case "restore" -> new SafetyCommands(out, err, access).restore(parse(rest, Set.of(), Set.of("library")));
                case "faults" -> new FaultsCommand(out, err).run(parse(rest, Set.of(), Set.of("size", "work", "seed")));
                case "bench" -> new BenchCommand(out, err).run(parse(rest, Set.of("curve", "no-window", "window-only"),
                        Set.of("reports", "seed", "work", "sizes", "library", "import")));
                case "help", "--help", "-h" -> {
                    out.print(USAGE_TEXT);
                    yield OK;
                }
                default -> throw new UsageException("unknown command '" + command + "'");
            };
        } catch (UsageException e) {
            LOG.log(System.Logger.Level.INFO, "dossier " + command + ": " + e.getMessage());
            err.println("dossier: " + e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        } catch (OutputRefusedException e) {
            // nothing was written: the command line must say what to do with the existing file
            LOG.log(System.Logger.Level.INFO, "dossier " + command + ": " + e.getMessage());
            err.println("dossier " + command + ": " + e.getMessage());
            return USAGE;
        } catch (Exception e) {
            LOG.log(System.Logger.Level.ERROR, "dossier " + command + ": " + e.getMessage(), e);
            err.println("dossier " + command + ": " + e.getMessage());
            return PARTLY_FAILED;
        }
    }

    private static Arguments parse(List<String> words, Set<String> flags, Set<String> valued) throws UsageException {
        return new Arguments(words, flags, valued);
    }

    static Path libraryDir(Arguments args) {
        String dir = args.option("library");
        return dir != null ? Path.of(dir) : LibraryLocations.defaultLibrary();
    }

    private int importFiles(Arguments args) throws UsageException, IOException {
        if (args.positional().isEmpty()) {
            throw new UsageException("import needs at least one file or folder");
        }
        List<Path> paths = args.positional().stream().map(Path::of).toList();
        try (LibraryAccess.LibraryUse use = access.open(libraryDir(args))) {
            Library library = use.library();
            int[] versions = {0};
            List<ImportOutcome> outcomes = library.importer().importPaths(paths, args.flag("follow-links"), (done, total, o) -> {
                String versionOf = ImportOutcome.IMPORTED.equals(o.status()) && o.reportId() != null
                        ? library.versions().get(o.reportId()) : null;
                versions[0] += versionOf == null ? 0 : 1;
                out.println(Json.write(outcomeJson(o, versionOf)));
                if (o.failed()) {
                    err.println(o.file() + ": " + o.error());
                    LOG.log(System.Logger.Level.WARNING, "import " + o.file() + ": " + o.error());
                }
            }, () -> false);
            long failed = outcomes.stream().filter(ImportOutcome::failed).count();
            err.printf("%d imported, %d duplicate, %d failed%n",
                    outcomes.stream().filter(o -> ImportOutcome.IMPORTED.equals(o.status())).count() - versions[0],
                    outcomes.stream().filter(o -> ImportOutcome.DUPLICATE.equals(o.status())).count() + versions[0], failed);
            return failed > 0 ? PARTLY_FAILED : OK;
        }
    }

    /**
     * A file whose text is another version of a report in the library (its HTML or PDF) is stored as that
     * report's format and reported as a duplicate, with the report it is a version of.
     */
    private static Map<String, Object> outcomeJson(ImportOutcome o, String versionOf) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", o.file());
        m.put("status", versionOf != null ? ImportOutcome.DUPLICATE : o.status());
        m.put("report", o.reportId());
        m.put("error", o.error());
        if (versionOf != null) {
            m.put("versionOf", versionOf);
        }
        return m;
    }

    private int export(Arguments args) throws IOException {
        String target = args.option("out");
        if (target != null) {
            SafeOutput.check(Path.of(target), args.flag("force"));
        }
        try (LibraryAccess.LibraryUse use = access.open(libraryDir(args))) {
            Library library = use.library();
            Map<String, Object> doc = LibraryExport.document(library, args.flag("with-text"));
            if (target == null) {
                Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(nonClosing(out), doc);
                out.println();
            } else {
                Path file = Path.of(target);
                SafeOutput.write(file, stream -> Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(nonClosing(stream), doc));
                err.println("exported to " + file);
            }
            return OK;
        }
    }

    private int search(Arguments args) throws UsageException, IOException {
        if (args.positional().isEmpty()) {
            throw new UsageException("search needs a query");
        }
        String query = String.join(" ", args.positional());
        try (LibraryAccess.LibraryUse use = access.open(libraryDir(args))) {
            Library library = use.library();
            java.util.Set<String> versions = library.versions().keySet();
            SearchResult result = library.search().find(query, args.intOption("limit", 20), false);
            for (SearchHit hit : result.hits()) {
                if (versions.contains(hit.reportId())) {
                    continue; // the report it is a version of holds the same passage
                }
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("report", hit.reportId());
                m.put("title", hit.title());
                m.put("score", hit.score());
                m.put("start", hit.start());
                m.put("end", hit.end());
                m.put("snippet", hit.snippet());
                m.put("alsoSearched", result.alsoSearched());
                out.println(Json.write(m));
            }
            if (result.didYouMean() != null) {
                // stdout holds one object per hit (CONTRACT.md), so a suggestion with no hit goes to stderr only
                err.println("no report matches \"" + query + "\"; did you mean \"" + result.didYouMean() + "\"?");
            }
            return OK;
        }
    }

    private int overview(Arguments args) throws IOException {
        try (LibraryAccess.LibraryUse use = access.open(libraryDir(args))) {
            app.dossier.library.LibraryOverview overview = new app.dossier.library.LibraryOverview(use.library());
            out.println(Json.write(app.dossier.library.overview.OverviewJson.of(overview.read(overview.lastVisit().orElse(null)))));
            return OK;
        }
    }

    private int reanalyse(Arguments args) throws IOException {
        try (LibraryAccess.LibraryUse use = access.open(libraryDir(args))) {
            Library library = use.library();
            int n = library.reanalyseAll((done, total, title) -> err.printf("%d/%d %s%n", done, total, title), () -> false);
            out.println(Json.write(Map.of("reanalysed", n)));
            return OK;
        }
    }

    private int reprocess(Arguments args) throws IOException {
        try (LibraryAccess.LibraryUse use = access.open(libraryDir(args))) {
            Library library = use.library();
            int[] problems = {0};
            int n = app.dossier.annotations.Reanchoring.reprocessAll(library, new Library.ProgressListener() {
                @Override
                public void progress(int done, int total, String current) {
                    err.printf("%d/%d %s%n", done, total, current);
                }

                @Override
                public void problem(String message) {
                    problems[0]++;
                    err.println(message);
                    LOG.log(System.Logger.Level.WARNING, "reprocess: " + message);
                }
            }, () -> false, () -> { });
            out.println(Json.write(Map.of("reprocessed", n, "failed", problems[0])));
            return problems[0] > 0 ? PARTLY_FAILED : OK;
        }
    }

    private int reindex(Arguments args) throws IOException {
        try (LibraryAccess.LibraryUse use = access.open(libraryDir(args))) {
            Library library = use.library();
            library.search().rebuild();
            out.println(Json.write(Map.of("indexed", library.reports().size())));
            return OK;
        }
    }

    private static OutputStream nonClosing(OutputStream s) {
        return new java.io.FilterOutputStream(s) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
