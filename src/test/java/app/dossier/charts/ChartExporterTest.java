package app.dossier.charts;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ChartExporterTest {

    private static BuiltChart burn(boolean originalScript) {
        return Charts.build(ChartType.BURN_RATE, ChartFixtures.input(ChartFixtures.burnFigures())
                .originalScriptNames(originalScript).build());
    }

    @Test
    void pngHasTheRequestedSizeAndTwiceItAtScaleTwo(@TempDir Path dir) throws Exception {
        BuiltChart chart = burn(false);
        ChartExporter.png(chart.chart(), dir.resolve("a.png"), 800, 500, 1);
        ChartExporter.png(chart.chart(), dir.resolve("b.png"), 800, 500, 2);
        BufferedImage one = ImageIO.read(dir.resolve("a.png").toFile());
        BufferedImage two = ImageIO.read(dir.resolve("b.png").toFile());
        assertEquals(800, one.getWidth());
        assertEquals(500, one.getHeight());
        assertEquals(1600, two.getWidth());
        assertEquals(1000, two.getHeight());
    }

    @Test
    void svgCarriesCompanyNamesAndFormattedValuesAsText(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("burn.svg");
        ChartExporter.svg(burn(false).chart(), file, 900, 540);
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        NodeList texts = svg.getElementsByTagName("text");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            all.append(texts.item(i).getTextContent()).append('\n');
        }
        String text = all.toString();
        for (String expected : List.of("Zhipu AI", "MiniMax", "$350M", "$42M", "≈$980M", "8.3 mo", "≈3.5 mo", "CNY→USD at 0.14")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
    }

    @Test
    void pdfTextCanBeExtractedWithCompanyNamesAndRunways(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("burn.pdf");
        ChartExporter.PdfText how = ChartExporter.pdf(burn(false).chart(), file, 900, 540);
        assumeTrue(!how.embeddedFonts().isEmpty(), "no embeddable font installed: PDF text is drawn as shapes");
        String text = pdfText(file);
        for (String expected : List.of("Zhipu AI", "MiniMax", "8.3 mo", "3.5 mo", "$350M", "Sources:")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
    }

    @Test
    void pdfKeepsChineseLabelsAsTextWhenACjkFontIsInstalled(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("burn-zh.pdf");
        ChartExporter.PdfText how = ChartExporter.pdf(burn(true).chart(), file, 900, 540);
        assumeTrue(!how.textAsShapes(), "no embeddable CJK font installed (e.g. fonts-wqy-microhei)");
        String text = pdfText(file);
        assertTrue(text.contains("智谱"), text);
        assertTrue(text.contains("稀宇科技"), text);
        assertTrue(text.contains("8.3 mo"), text);
        assertTrue(Files.size(file) < 200_000, "fonts are embedded as subsets, not whole: " + Files.size(file));
    }

    @Test
    void withoutAChineseFontChineseLabelsBecomeShapesWhileLatinTextStaysText(@TempDir Path dir) throws Exception {
        Path latinOnly = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        assumeTrue(Files.exists(latinOnly), "needs DejaVu Sans");
        Path file = dir.resolve("latin.pdf");
        ChartExporter.PdfText how = ChartExporter.pdf(burn(true).chart(), file, 900, 540, List.of(latinOnly));
        assertTrue(how.textAsShapes());
        String text = pdfText(file);
        assertTrue(text.contains("Example Labs"), text);
        assertFalse(text.contains("智谱"), text);

        ChartExporter.PdfText none = ChartExporter.pdf(burn(true).chart(), dir.resolve("none.pdf"), 900, 540, List.of());
        assertTrue(none.textAsShapes() && none.embeddedFonts().isEmpty());
        assertFalse(pdfText(dir.resolve("none.pdf")).contains("Example Labs"));
    }

    @Test
    void csvHoldsTheDataBehindTheChartWithFigureIds(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("burn.csv");
        ChartExporter.export(burn(false), file, 900, 540);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals("\uFEFFchart,series,unit,category,value,value_max,approx,label,figure_ids", lines.get(0),
                "Dossier's one CSV dialect: UTF-8 with a byte-order mark");
        assertTrue(lines.contains("burn-rate,Monthly burn,USD per month,Zhipu AI,42000000,,false,$42M,f-zhipu-burn"),
                String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("burn-rate,Runway (months),months,MiniMax,3.5,,true,")));
        assertFalse(lines.stream().anyMatch(l -> l.contains("f-zhipu-burn-wrong")), "rejected figure absent");
    }

    @Test
    void exportPicksTheFormatFromTheFileEnding(@TempDir Path dir) throws Exception {
        BuiltChart chart = burn(false);
        ChartExporter.export(chart, dir.resolve("c.svg"), 640, 400);
        assertTrue(Files.readString(dir.resolve("c.svg")).startsWith("<?xml"));
        ChartExporter.export(chart, dir.resolve("c.pdf"), 640, 400);
        try (PDDocument doc = Loader.loadPDF(dir.resolve("c.pdf").toFile())) {
            assertEquals(640f, doc.getPage(0).getMediaBox().getWidth());
        }
        assertThrows(IllegalArgumentException.class, () -> ChartExporter.export(chart, dir.resolve("c.gif"), 640, 400));
    }

    private static String pdfText(Path file) throws Exception {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
