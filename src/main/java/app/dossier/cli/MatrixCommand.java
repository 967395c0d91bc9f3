package app.dossier.cli;

import app.dossier.files.SafeOutput;
import app.dossier.library.Library;
import app.dossier.matrix.ComparisonMatrix;
import app.dossier.matrix.LibraryMatrix;
import app.dossier.matrix.MatrixExport;
import app.dossier.matrix.MatrixMetric;
import app.dossier.matrix.MatrixSelection;
import app.dossier.matrix.MatrixSort;
import app.dossier.store.Json;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The comparison matrix (companies × metrics, every cell cited) as CSV, XLSX or Markdown by the file ending;
 * without --out, CSV on stdout. With --out, stdout gets one JSON object saying what was written.
 */
final class MatrixCommand {
    static final java.util.Set<String> VALUED = java.util.Set.of("library", "companies", "theme", "metrics", "currency",
            "sort", "out");

    private final PrintStream out;
    private final PrintStream err;
    private final LibraryAccess access;

    MatrixCommand(PrintStream out, PrintStream err, LibraryAccess access) {
        this.out = out;
        this.err = err;
        this.access = access;
    }

    int run(Arguments args) throws UsageException, IOException {
        MatrixSelection selection = selection(args);
        Path file = args.option("out") == null ? null : Path.of(args.option("out"));
        if (file != null && MatrixExport.formatOf(file) == null) {
            throw new UsageException("the matrix format comes from the file ending: .csv, .xlsx or .md");
        }
        if (file != null) {
            SafeOutput.check(file, args.flag("force"));
        }
        try (LibraryAccess.LibraryUse use = access.open(Cli.libraryDir(args))) {
            ComparisonMatrix matrix = build(use.library(), selection);
            if (file == null) {
                MatrixExport.write(matrix, MatrixExport.Format.CSV, out);
                return Cli.OK;
            }
            MatrixExport.write(matrix, file);
            out.println(Json.write(summary(matrix, file)));
            err.println(matrix.rows().size() + " companies × " + matrix.metrics().size() + " metrics written to " + file);
            return Cli.OK;
        }
    }

    /** The companies, theme or --all, the metrics and the currency of a matrix, as the command line gives them. */
    static MatrixSelection selection(Arguments args) throws UsageException {
        int given = (args.option("companies") != null ? 1 : 0) + (args.option("theme") != null ? 1 : 0)
                + (args.flag("all") ? 1 : 0);
        if (given > 1) {
            throw new UsageException("give one of --companies A,B, --theme T or --all");
        }
        List<MatrixMetric> metrics = new ArrayList<>();
        if (args.option("metrics") != null) {
            for (String id : args.option("metrics").split(",")) {
                if (!id.isBlank()) {
                    metrics.add(MatrixMetric.fromId(id).orElseThrow(() -> new UsageException("unknown metric '"
                            + id.strip() + "'; metrics: " + MatrixMetric.ids())));
                }
            }
        }
        List<String> companies = args.option("companies") == null ? List.of()
                : Arrays.stream(args.option("companies").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        String sort = args.option("sort");
        MatrixSort order = sort == null ? null : MatrixSort.parse(sort).orElseThrow(() -> new UsageException(
                "unknown sort '" + sort + "'; give company or a metric (" + MatrixMetric.ids() + "), :desc for largest first"));
        return new MatrixSelection(companies, args.option("theme"), metrics, args.option("currency"), order);
    }

    /** The matrix, or a usage error naming the company, theme or currency the library lacks. */
    static ComparisonMatrix build(Library library, MatrixSelection selection) throws UsageException {
        try {
            return LibraryMatrix.build(library, selection);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static Map<String, Object> summary(ComparisonMatrix matrix, Path file) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("out", file.toString());
        m.put("currency", matrix.currency());
        m.put("ratesAsOf", matrix.ratesAsOf().toString());
        m.put("metrics", matrix.metrics().stream().map(MatrixMetric::id).toList());
        m.put("companies", matrix.rows().stream().map(ComparisonMatrix.Row::companyName).toList());
        m.put("cells", matrix.rows().stream().mapToLong(r -> r.cells().values().stream().filter(c -> !c.isEmpty()).count()).sum());
        return m;
    }
}
