package app.dossier.memo;

import app.dossier.charts.PdfCharts;
import app.dossier.files.SafeOutput;
import app.dossier.matrix.ComparisonMatrix;
import app.dossier.matrix.MatrixCell;
import app.dossier.matrix.MatrixMetric;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A memo as PDF: charts drawn as vectors the way chart exports are, the matrix as a table, numbered marks
 * [n] after every value and quote, and the sources they point to listed at the end.
 */
public final class MemoPdf {
    private static final int CHART_HEIGHT = 300;

    private MemoPdf() {
    }

    public static void write(Memo memo, Path file) throws IOException {
        try {
            PdfCharts.locked(() -> {
                try (PDDocument doc = new PDDocument()) {
                    try (PdfPages pages = new PdfPages(doc)) {
                        fill(pages, memo);
                    }
                    doc.getDocumentInformation().setTitle(memo.title());
                    doc.getDocumentInformation().setCreator("Dossier");
                    SafeOutput.write(file, doc::save);
                }
                return null;
            });
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static void fill(PdfPages pages, Memo memo) throws IOException {
        pages.paragraph(memo.title(), 18, 0, 6);
        pages.paragraph(MemoText.preface(memo), 8, 0, 10);
        for (Memo.ChartPart c : memo.charts()) {
            pages.paragraph(c.title(), 13, 0, 4);
            if (c.plotted()) {
                pages.chart(c.chart().chart(), (int) PdfPages.WIDTH, CHART_HEIGHT);
            }
            if (c.description() != null && !c.description().isBlank()) {
                pages.paragraph(c.description(), 8, 0, 4);
            }
            if (!c.plotted()) {
                pages.paragraph(MemoText.NOTHING_TO_PLOT, 9, 0, 4);
            }
            for (Memo.Cited v : c.values()) {
                pages.paragraph("• " + v.text() + marks(v.notes()), 9, 10, 1);
            }
            pages.paragraph("", 6, 0, 6);
        }
        if (memo.matrix() != null) {
            pages.paragraph("Comparison matrix", 13, 0, 4);
            pages.paragraph(MemoText.matrixPreface(memo.matrix().matrix()), 8, 0, 6);
            pages.table(matrixRows(memo.matrix()), 7);
        }
        if (!memo.notes().isEmpty()) {
            pages.paragraph("Notes", 13, 0, 4);
            for (Memo.NotePart n : memo.notes()) {
                pages.paragraph("“" + n.quote() + "”" + marks(List.of(n.footnote())), 9, 16, 2);
                if (!n.note().isEmpty()) {
                    pages.paragraph(n.note(), 10, 0, 2);
                }
                if (!n.about().isEmpty()) {
                    pages.paragraph("About: " + n.about(), 8, 0, 6);
                }
            }
        }
        pages.paragraph("Sources", 13, 0, 4);
        List<String> all = memo.footnotes().all();
        for (int i = 0; i < all.size(); i++) {
            pages.paragraph("[" + (i + 1) + "] " + all.get(i), 8, 0, 2);
        }
    }

    private static List<List<String>> matrixRows(Memo.MatrixPart part) {
        ComparisonMatrix m = part.matrix();
        List<List<String>> rows = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("Company"));
        m.metrics().forEach(metric -> head.add(metric.label() + (metric.isMoney() ? " (" + m.currency() + ")" : "")));
        rows.add(head);
        for (ComparisonMatrix.Row r : m.rows()) {
            List<String> row = new ArrayList<>(List.of(r.companyName()));
            for (MatrixMetric metric : m.metrics()) {
                MatrixCell c = r.cell(metric);
                row.add(c.isEmpty() ? "–" : c.display() + marks(part.notesOf(r.companyId(), metric.id())) + "\n" + c.about());
            }
            rows.add(row);
        }
        return rows;
    }

    private static String marks(List<Integer> notes) {
        StringBuilder s = new StringBuilder();
        notes.stream().distinct().forEach(n -> s.append(" [").append(n).append(']'));
        return s.toString();
    }
}
