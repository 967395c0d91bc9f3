package app.dossier.cli;

import app.dossier.charts.BuiltChart;
import app.dossier.charts.ChartExporter;
import app.dossier.charts.ChartType;
import app.dossier.charts.Charts;
import app.dossier.files.SafeOutput;
import app.dossier.library.Library;
import app.dossier.library.LibraryCharts;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders a chart from the library's figures to PNG, SVG, PDF or CSV (by the file ending) and prints
 * the series plotted as JSON. Headless there is no one to confirm figures, so suggested ones count
 * unless --confirmed-only is given.
 */
final class ChartCommand {
    private final PrintStream out;
    private final PrintStream err;

    private final LibraryAccess access;

    ChartCommand(PrintStream out, PrintStream err, LibraryAccess access) {
        this.access = access;
        this.out = out;
        this.err = err;
    }

    int run(Arguments args) throws UsageException, IOException {
        String typeId = args.option("type");
        ChartType type = ChartType.fromId(typeId).orElseThrow(() -> new UsageException("--type must be one of "
                + Arrays.stream(ChartType.values()).map(ChartType::id).collect(Collectors.joining(", "))));
        if (args.option("out") == null) {
            throw new UsageException("chart needs --out FILE (.png, .svg, .pdf or .csv)");
        }
        Path file = Path.of(args.option("out"));
        String ending = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(ending.endsWith(".png") || ending.endsWith(".svg") || ending.endsWith(".pdf") || ending.endsWith(".csv"))) {
            throw new UsageException("the chart format comes from the file ending: .png, .svg, .pdf or .csv");
        }
        int width = args.intOption("width", 1000);
        int height = args.intOption("height", 600);
        int scale = args.intOption("scale", 1);
        SafeOutput.check(file, args.flag("force"));
        try (LibraryAccess.LibraryUse use = access.open(Cli.libraryDir(args))) {
            Library library = use.library();
            var input = LibraryCharts.input(library)
                    .currency(args.option("currency") == null ? "USD" : args.option("currency"))
                    .includeSuggested(!args.flag("confirmed-only"))
                    .originalScriptNames(args.flag("original-names"));
            if (args.option("companies") != null) {
                input.companyFilter(Set.of(args.option("companies").split(",")));
            }
            if (args.option("period") != null) {
                input.period(args.option("period"));
            }
            BuiltChart chart = Charts.build(type, input.build());
            if (ending.endsWith(".png")) {
                ChartExporter.png(chart.chart(), file, width, height, scale);
            } else {
                ChartExporter.export(chart, file, width, height);
            }
            out.println(chart.result().toJson());
            err.println("chart written to " + file);
            return Cli.OK;
        }
    }
}
