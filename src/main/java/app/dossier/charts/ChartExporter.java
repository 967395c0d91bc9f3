package app.dossier.charts;

import app.dossier.files.CsvTable;
import app.dossier.files.SafeOutput;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Writes charts as PNG (optionally at 2× for HiDPI), SVG and PDF (vector, text embedded), and their data as CSV. */
public final class ChartExporter {

    /**
     * How a PDF's text came out: the fonts embedded and whether some text had to be drawn as shapes
     * (because no installed font PDFBox can embed has its glyphs).
     */
    public record PdfText(Set<String> embeddedFonts, boolean textAsShapes) {
    }

    private static final List<String> CSV_HEADER = List.of("chart", "series", "unit", "category", "value", "value_max",
            "approx", "label", "figure_ids");
    private static final String SVG_FALLBACK_FONTS =
            "\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Microsoft YaHei\", sans-serif";

    private ChartExporter() {
    }

    /** Picks the format from the file ending (.png, .svg, .pdf, .csv); PNG at scale 1. */
    public static void export(BuiltChart chart, Path file, int width, int height) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            png(chart.chart(), file, width, height, 1);
        } else if (name.endsWith(".svg")) {
            svg(chart.chart(), file, width, height);
        } else if (name.endsWith(".pdf")) {
            pdf(chart.chart(), file, width, height);
        } else if (name.endsWith(".csv")) {
            csv(chart.result(), file);
        } else {
            throw new IllegalArgumentException("unknown chart format: " + file.getFileName() + " (use .png, .svg, .pdf, .csv)");
        }
    }

    /** Draws at width×height points and writes width·scale × height·scale pixels: scale 2 is crisp on HiDPI screens. */
    public static void png(JFreeChart chart, Path file, int width, int height, double scale) throws IOException {
        int w = (int) Math.round(width * scale);
        int h = (int) Math.round(height * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.scale(scale, scale);
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        SafeOutput.write(file, out -> {
            // in memory: ImageIO's disk cache fails with a bare "Can't create an ImageOutputStream!"
            try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                if (!ImageIO.write(image, "png", stream)) {
                    throw new IOException("no PNG writer available");
                }
            }
        });
    }

    public static void svg(JFreeChart chart, Path file, int width, int height) throws IOException {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        // viewers without the chart's font still find a sans-serif that shows Chinese
        g2.setFontFunction(family -> SVG_FALLBACK_FONTS.contains("\"" + family + "\"")
                ? SVG_FALLBACK_FONTS : "\"" + family + "\", " + SVG_FALLBACK_FONTS);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        // no DOCTYPE: SVG 2 drops it, and parsers would otherwise try to fetch the DTD from the network
        byte[] svg = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g2.getSVGElement() + "\n").getBytes(StandardCharsets.UTF_8);
        SafeOutput.write(file, out -> out.write(svg));
    }

    /** One page of width×height points; text is real text in embedded font subsets where an installed font allows. */
    public static PdfText pdf(JFreeChart chart, Path file, int width, int height) throws IOException {
        return pdf(chart, file, width, height, ChartFonts.system().pdfFontFiles());
    }

    /** As {@link #pdf(JFreeChart, Path, int, int)}, embedding only the given font files (best first). */
    static PdfText pdf(JFreeChart chart, Path file, int width, int height, List<Path> fontFiles) throws IOException {
        synchronized (EmbeddingTextDrawer.LOCK) {
            return drawPdf(chart, file, width, height, fontFiles);
        }
    }

    private static PdfText drawPdf(JFreeChart chart, Path file, int width, int height, List<Path> fontFiles)
            throws IOException {
        EmbeddingTextDrawer text = new EmbeddingTextDrawer(fontFiles);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            doc.addPage(page);
            PdfBoxGraphics2D g2 = new PdfBoxGraphics2D(doc, width, height);
            g2.setFontTextDrawer(text);
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
            g2.dispose();
            PDFormXObject form = g2.getXFormObject();
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawForm(form);
            }
            doc.getDocumentInformation().setTitle(chart.getTitle() == null ? "Chart" : chart.getTitle().getText());
            doc.getDocumentInformation().setCreator("Dossier");
            SafeOutput.write(file, doc::save);
            return new PdfText(Set.copyOf(text.usedFonts()), text.drewShapes());
        } finally {
            text.close();
        }
    }

    /** The data behind the chart: one row per plotted point, with the figure ids it comes from. */
    public static void csv(ChartResult result, Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (ChartResult.Series s : result.series()) {
            for (ChartResult.Point p : s.points()) {
                rows.add(Arrays.asList(result.type(), s.name(), s.unit(), p.category(), number(p.value()),
                        p.valueMax() == null ? "" : number(p.valueMax()), Boolean.toString(p.approx()),
                        p.label() == null ? "" : p.label(), String.join(" ", p.sources())));
            }
        }
        SafeOutput.write(file, out -> CsvTable.write(CSV_HEADER, rows, out));
    }

    private static String number(double v) {
        return app.dossier.money.Amounts.plain(v);
    }
}
