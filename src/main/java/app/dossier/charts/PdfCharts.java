package app.dossier.charts;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.jfree.chart.JFreeChart;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Charts and text inside a larger PDF (a memo): a chart drawn as vectors with its text embedded, the way
 * {@link ChartExporter#pdf} draws a chart page, and the same embeddable fonts for the text around it.
 * PDFBox fonts are not thread-safe: run the whole document under {@link #locked}.
 */
public final class PdfCharts {
    private PdfCharts() {
    }

    /** Runs PDF work while no chart export uses the shared fonts. */
    public static <T> T locked(Callable<T> work) throws Exception {
        synchronized (EmbeddingTextDrawer.LOCK) {
            return work.call();
        }
    }

    /** Draws the chart at width×height points with its lower left corner at (x, y) of the page. */
    public static void draw(JFreeChart chart, PDDocument doc, PDPageContentStream content, float x, float y, int width,
                            int height) throws IOException {
        EmbeddingTextDrawer text = new EmbeddingTextDrawer(ChartFonts.system().pdfFontFiles());
        try {
            PdfBoxGraphics2D g2 = new PdfBoxGraphics2D(doc, width, height);
            g2.setFontTextDrawer(text);
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
            g2.dispose();
            content.saveGraphicsState();
            content.transform(Matrix.getTranslateInstance(x, y));
            content.drawForm(g2.getXFormObject());
            content.restoreGraphicsState();
        } finally {
            text.close();
        }
    }

    /** The installed fonts PDFBox can embed, best first (a CJK font first where one is installed); at most {@code max}. */
    public static List<PDFont> fonts(PDDocument doc, int max) {
        List<PDFont> out = new ArrayList<>();
        for (Path file : ChartFonts.system().pdfFontFiles()) {
            if (out.size() >= max) {
                break;
            }
            try {
                TrueTypeFont ttf = EmbeddingTextDrawer.open(file);
                if (ttf != null) {
                    out.add(PDType0Font.load(doc, ttf, true));
                }
            } catch (IOException | RuntimeException e) {
                // a damaged or unsupported font file: the next candidate
            }
        }
        return out;
    }
}
