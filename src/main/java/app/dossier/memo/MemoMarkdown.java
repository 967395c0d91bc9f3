package app.dossier.memo;

import app.dossier.charts.ChartExporter;
import app.dossier.matrix.MatrixExport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A memo as Markdown, its charts as PNG and SVG files beside it ("memo-burn-rate.png"), every value and
 * quote with a footnote citing report title, date and passage.
 */
public final class MemoMarkdown {
    static final int CHART_WIDTH = 1000;
    static final int CHART_HEIGHT = 600;

    private MemoMarkdown() {
    }

    /**
     * Writes the chart images, then the memo (each file whole or not at all). An image file already beside the
     * memo is never replaced unless the memo being replaced links to it (an earlier export of the same memo):
     * the chart then gets a free name ("memo-burn-rate-2.png"), and the result says so.
     */
    public static ChartFiles write(Memo memo, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        ChartFiles names = ChartFiles.choose(memo, file);
        for (Memo.ChartPart c : memo.charts()) {
            if (c.plotted()) {
                String base = names.baseOf(c.id());
                ChartExporter.png(c.chart().chart(), dir.resolve(base + ".png"), CHART_WIDTH, CHART_HEIGHT, 2);
                ChartExporter.svg(c.chart().chart(), dir.resolve(base + ".svg"), CHART_WIDTH, CHART_HEIGHT);
            }
        }
        String text = render(memo, names::baseOf);
        app.dossier.files.SafeOutput.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        return names;
    }

    /** The memo's text, its chart images named "STEM-CHART.png". */
    public static String render(Memo memo, String stem) {
        return render(memo, id -> stem + "-" + id);
    }

    /** The memo's text; {@code imageOf} names each chart's image file without its ending. */
    static String render(Memo memo, java.util.function.UnaryOperator<String> imageOf) {
        StringBuilder md = new StringBuilder("# ").append(MatrixExport.escape(memo.title())).append("\n\n");
        md.append("*").append(MemoText.preface(memo)).append("*\n\n");
        for (Memo.ChartPart c : memo.charts()) {
            md.append("## ").append(MatrixExport.escape(c.title())).append("\n\n");
            if (c.plotted()) {
                md.append("![").append(MatrixExport.escape(c.title())).append("](").append(imageOf.apply(c.id()))
                        .append(".png)\n\n");
            }
            if (c.description() != null && !c.description().isBlank()) {
                md.append(MatrixExport.escape(c.description())).append("\n\n");
            }
            if (!c.plotted()) {
                md.append('_').append(MemoText.NOTHING_TO_PLOT).append("_\n\n");
            }
            for (Memo.Cited v : c.values()) {
                md.append("- ").append(MatrixExport.escape(v.text())).append(marks(v.notes())).append('\n');
            }
            md.append('\n');
        }
        if (memo.matrix() != null) {
            md.append("## Comparison matrix\n\n");
            md.append(MemoText.matrixPreface(memo.matrix().matrix())).append("\n\n");
            md.append(MatrixExport.table(memo.matrix().matrix(), memo.footnotes().asMap())).append('\n');
        }
        if (!memo.notes().isEmpty()) {
            md.append("## Notes\n\n");
            for (Memo.NotePart n : memo.notes()) {
                for (String line : n.quote().split("\\R")) {
                    md.append("> ").append(MatrixExport.escape(line)).append('\n');
                }
                md.append(">").append(marks(List.of(n.footnote())).isEmpty() ? "" : " " + marks(List.of(n.footnote())))
                        .append("\n\n");
                if (!n.note().isEmpty()) {
                    md.append(n.note()).append("\n\n");
                }
                if (!n.about().isEmpty()) {
                    md.append("<sub>About: ").append(MatrixExport.escape(n.about())).append("</sub>\n\n");
                }
            }
        }
        md.append("## Sources\n\n");
        List<String> all = memo.footnotes().all();
        for (int i = 0; i < all.size(); i++) {
            md.append("[^").append(i + 1).append("]: ").append(MatrixExport.escape(all.get(i))).append('\n');
        }
        return md.toString();
    }

    private static String marks(List<Integer> notes) {
        StringBuilder s = new StringBuilder();
        notes.stream().distinct().forEach(n -> s.append("[^").append(n).append(']'));
        return s.toString();
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
