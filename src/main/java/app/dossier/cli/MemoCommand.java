package app.dossier.cli;

import app.dossier.charts.ChartType;
import app.dossier.files.SafeOutput;
import app.dossier.matrix.MatrixSelection;
import app.dossier.memo.ChartFiles;
import app.dossier.memo.Memo;
import app.dossier.memo.MemoBuilder;
import app.dossier.memo.MemoExport;
import app.dossier.memo.MemoRequest;
import app.dossier.store.Json;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One memo from charts, a comparison matrix and notes, as Markdown (charts as PNG and SVG beside it), DOCX
 * or PDF; every number and quote footnoted with report title, date and passage.
 */
final class MemoCommand {
    static final Set<String> FLAGS = Set.of("matrix", "all", "force");
    static final Set<String> VALUED = Set.of("library", "title", "charts", "companies", "theme", "metrics", "currency",
            "sort", "notes", "out");

    private final PrintStream out;
    private final PrintStream err;
    private final LibraryAccess access;

    MemoCommand(PrintStream out, PrintStream err, LibraryAccess access) {
        this.out = out;
        this.err = err;
        this.access = access;
    }

    int run(Arguments args) throws UsageException, IOException {
        if (args.option("out") == null) {
            throw new UsageException("memo needs --out FILE (.md, .docx or .pdf)");
        }
        Path file = Path.of(args.option("out"));
        if (MemoExport.formatOf(file) == null) {
            throw new UsageException("the memo format comes from the file ending: .md, .docx or .pdf");
        }
        List<ChartType> charts = new ArrayList<>();
        if (args.option("charts") != null) {
            for (String id : args.option("charts").split(",")) {
                if (!id.isBlank()) {
                    charts.add(ChartType.fromId(id).orElseThrow(() -> new UsageException("unknown chart '" + id.strip()
                            + "'; charts: " + Arrays.stream(ChartType.values()).map(ChartType::id).collect(Collectors.joining(", ")))));
                }
            }
        }
        boolean withMatrix = args.flag("matrix") || args.flag("all") || args.option("companies") != null
                || args.option("theme") != null || args.option("metrics") != null || args.option("sort") != null;
        MatrixSelection matrix = withMatrix ? MatrixCommand.selection(args) : null;
        if (charts.isEmpty() && matrix == null && args.option("notes") == null) {
            throw new UsageException("a memo needs at least one of --charts, --matrix, --notes");
        }
        SafeOutput.check(file, args.flag("force"));
        MemoRequest request = new MemoRequest(args.option("title"), charts, matrix, args.option("notes"),
                args.option("currency"));
        try (LibraryAccess.LibraryUse use = access.open(Cli.libraryDir(args))) {
            Memo memo;
            try {
                memo = MemoBuilder.build(use.library(), request, err::println);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            ChartFiles pictures = MemoExport.write(memo, file);
            out.println(Json.write(summary(memo, file, pictures)));
            err.println("memo written to " + file);
            if (pictures != null && !pictures.renamed().isEmpty()) {
                err.println(pictures.renamed());
            }
            return Cli.OK;
        }
    }

    private static Map<String, Object> summary(Memo memo, Path file, ChartFiles pictures) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("out", file.toString());
        m.put("format", MemoExport.formatOf(file).name().toLowerCase(java.util.Locale.ROOT));
        m.put("charts", memo.charts().stream().map(Memo.ChartPart::id).toList());
        m.put("matrixCompanies", memo.matrix() == null ? 0 : memo.matrix().matrix().rows().size());
        m.put("notes", memo.notes().size());
        m.put("footnotes", memo.footnotes().all().size());
        m.put("pictures", pictures == null ? List.of() : pictures.pictures());
        return m;
    }
}
