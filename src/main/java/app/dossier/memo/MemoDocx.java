package app.dossier.memo;

import app.dossier.matrix.ComparisonMatrix;
import app.dossier.matrix.MatrixCell;
import app.dossier.matrix.MatrixMetric;
import app.dossier.files.SafeOutput;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A memo as a Word document: charts as pictures, the matrix as a table, every value and quote with a real
 * Word footnote holding report title, date and the quoted passage.
 */
public final class MemoDocx {
    /** Page width inside the margins, in points (A4 or Letter with the default margins). */
    private static final int PICTURE_WIDTH = 450;

    private MemoDocx() {
    }

    public static void write(Memo memo, Path file) throws IOException {
        SafeOutput.write(file, out -> {
            try (XWPFDocument doc = new XWPFDocument()) {
                fill(doc, memo);
                doc.write(out);
            }
        });
    }

    private static void fill(XWPFDocument doc, Memo memo) throws IOException {
        List<String> citations = memo.footnotes().all();
        text(doc.createParagraph(), memo.title(), 20, true);
        text(doc.createParagraph(), MemoText.preface(memo), 9, false).setItalic(true);
        for (Memo.ChartPart c : memo.charts()) {
            heading(doc, c.title());
            if (c.plotted()) {
                picture(doc.createParagraph(), c);
            }
            if (c.description() != null && !c.description().isBlank()) {
                text(doc.createParagraph(), c.description(), 9, false);
            }
            if (!c.plotted()) {
                text(doc.createParagraph(), MemoText.NOTHING_TO_PLOT, 10, false).setItalic(true);
            }
            for (Memo.Cited v : c.values()) {
                XWPFParagraph p = doc.createParagraph();
                p.setIndentationLeft(360);
                text(p, "• " + v.text(), 10, false);
                cite(doc, p, v.notes(), citations);
            }
        }
        if (memo.matrix() != null) {
            heading(doc, "Comparison matrix");
            text(doc.createParagraph(), MemoText.matrixPreface(memo.matrix().matrix()), 9, false);
            matrix(doc, memo.matrix(), citations);
        }
        if (!memo.notes().isEmpty()) {
            heading(doc, "Notes");
            for (Memo.NotePart n : memo.notes()) {
                XWPFParagraph quote = doc.createParagraph();
                quote.setIndentationLeft(567);
                text(quote, "“" + n.quote() + "”", 10, false).setItalic(true);
                cite(doc, quote, List.of(n.footnote()), citations);
                if (!n.note().isEmpty()) {
                    text(doc.createParagraph(), n.note(), 10, false);
                }
                if (!n.about().isEmpty()) {
                    text(doc.createParagraph(), "About: " + n.about(), 8, false);
                }
            }
        }
    }

    private static void matrix(XWPFDocument doc, Memo.MatrixPart part, List<String> citations) {
        ComparisonMatrix m = part.matrix();
        XWPFTable table = doc.createTable(m.rows().size() + 1, m.metrics().size() + 1);
        table.setWidth("100%");
        cellText(table.getRow(0).getCell(0), "Company", true);
        for (int j = 0; j < m.metrics().size(); j++) {
            MatrixMetric metric = m.metrics().get(j);
            cellText(table.getRow(0).getCell(j + 1), metric.label() + (metric.isMoney() ? " (" + m.currency() + ")" : ""), true);
        }
        for (int i = 0; i < m.rows().size(); i++) {
            ComparisonMatrix.Row row = m.rows().get(i);
            cellText(table.getRow(i + 1).getCell(0), row.companyName(), true);
            for (int j = 0; j < m.metrics().size(); j++) {
                MatrixCell c = row.cell(m.metrics().get(j));
                XWPFTableCell cell = table.getRow(i + 1).getCell(j + 1);
                XWPFParagraph p = cellText(cell, c.isEmpty() ? "–" : c.display(), false);
                cite(doc, p, part.notesOf(row.companyId(), m.metrics().get(j).id()), citations);
                if (!c.isEmpty()) {
                    text(cell.addParagraph(), c.about(), 7, false);
                }
            }
        }
    }

    private static XWPFParagraph cellText(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        text(p, text, 8, bold);
        return p;
    }

    /** A Word footnote per citation mark: Word numbers them in reading order. */
    private static void cite(XWPFDocument doc, XWPFParagraph p, List<Integer> notes, List<String> citations) {
        for (int n : notes.stream().distinct().toList()) {
            XWPFFootnote footnote = doc.createFootnote();
            XWPFParagraph fp = footnote.createParagraph();
            XWPFRun run = fp.createRun();
            run.setText(" " + citations.get(n - 1));
            run.setFontSize(8);
            p.addFootnoteReference(footnote);
        }
    }

    private static void heading(XWPFDocument doc, String title) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(240);
        text(p, title, 14, true);
    }

    private static XWPFRun text(XWPFParagraph p, String text, int size, boolean bold) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        return run;
    }

    private static void picture(XWPFParagraph p, Memo.ChartPart c) throws IOException {
        int w = MemoMarkdown.CHART_WIDTH;
        int h = MemoMarkdown.CHART_HEIGHT;
        BufferedImage image = c.chart().chart().createBufferedImage(w * 2, h * 2, w, h, null);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        try {
            p.createRun().addPicture(new ByteArrayInputStream(png.toByteArray()), Document.PICTURE_TYPE_PNG,
                    c.id() + ".png", Units.toEMU(PICTURE_WIDTH), Units.toEMU(PICTURE_WIDTH * h / (double) w));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException("cannot add the chart " + c.id() + " to the document: " + e.getMessage(), e);
        }
    }
}
