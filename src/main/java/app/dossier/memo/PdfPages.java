package app.dossier.memo;

import app.dossier.charts.PdfCharts;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.jfree.chart.JFreeChart;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Text flowing down A4 pages: wrapped lines (at spaces, or between any two characters of Chinese), tables
 * of wrapped cells and charts, a new page when one is full. Each line is set in the first embeddable font
 * that has all its characters.
 */
final class PdfPages implements AutoCloseable {
    static final float MARGIN = 50;
    private static final PDRectangle SIZE = PDRectangle.A4;
    static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;

    private final PDDocument doc;
    private final List<PDFont> fonts;
    private PDPageContentStream content;
    private float y;

    PdfPages(PDDocument doc) {
        this.doc = doc;
        List<PDFont> embedded = PdfCharts.fonts(doc, 2);
        this.fonts = embedded.isEmpty() ? List.of(new PDType1Font(Standard14Fonts.FontName.HELVETICA)) : embedded;
    }

    void paragraph(String text, float size, float indent, float gapAfter) throws IOException {
        for (String line : wrap(text, size, WIDTH - indent)) {
            room(size * 1.35f);
            show(line, MARGIN + indent, y - size, size);
            y -= size * 1.35f;
        }
        y -= gapAfter;
    }

    /** Columns of equal width; each cell's lines wrapped; a row never split across pages. */
    void table(List<List<String>> rows, float size) throws IOException {
        int columns = rows.get(0).size();
        float width = WIDTH / columns;
        for (List<String> row : rows) {
            List<List<String>> cells = new ArrayList<>();
            int lines = 1;
            for (String cell : row) {
                List<String> wrapped = new ArrayList<>();
                for (String part : cell.split("\n")) {
                    wrapped.addAll(wrap(part, size, width - 4));
                }
                cells.add(wrapped);
                lines = Math.max(lines, wrapped.size());
            }
            float height = lines * size * 1.3f + 4;
            room(height);
            for (int j = 0; j < columns; j++) {
                float x = MARGIN + j * width;
                content.addRect(x, y - height, width, height);
                for (int k = 0; k < cells.get(j).size(); k++) {
                    show(cells.get(j).get(k), x + 2, y - 2 - size - k * size * 1.3f, size);
                }
            }
            content.setLineWidth(0.3f);
            content.stroke();
            y -= height;
        }
        y -= 8;
    }

    void chart(JFreeChart chart, int width, int height) throws IOException {
        room(height);
        PdfCharts.draw(chart, doc, content, MARGIN, y - height, width, height);
        y -= height + 6;
    }

    private void room(float needed) throws IOException {
        if (content == null || y - needed < MARGIN) {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(SIZE);
            doc.addPage(page);
            content = new PDPageContentStream(doc, page);
            y = SIZE.getHeight() - MARGIN;
        }
    }

    private void show(String line, float x, float baseline, float size) throws IOException {
        PDFont font = fontFor(line);
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(encodable(font, line));
        content.endText();
    }

    private PDFont fontFor(String text) {
        return fonts.stream().filter(f -> encodes(f, text)).findFirst().orElse(fonts.get(0));
    }

    /** Lines of at most {@code width} points: broken at a space where there is one, else between characters. */
    private List<String> wrap(String text, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        String rest = text.replaceAll("[\\t\\r]+", " ").strip();
        PDFont font = fontFor(rest);
        while (!rest.isEmpty()) {
            int fit = rest.length();
            while (fit > 1 && width(font, rest.substring(0, fit), size) > width) {
                fit--;
            }
            int cut = fit;
            if (fit < rest.length()) {
                int space = rest.lastIndexOf(' ', fit);
                if (space > fit / 2) {
                    cut = space;
                }
            }
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        return lines.isEmpty() ? List.of("") : lines;
    }

    private static float width(PDFont font, String text, float size) throws IOException {
        return font.getStringWidth(encodable(font, text)) / 1000 * size;
    }

    private static boolean encodes(PDFont font, String text) {
        try {
            font.encode(text);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** The text with characters the font lacks shown as '?', so one odd glyph never loses a page. */
    private static String encodable(PDFont font, String text) {
        if (encodes(font, text)) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            out.append(encodes(font, ch) ? ch : "?");
        });
        return out.toString();
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
        }
    }
}
