package app.dossier.cli;

import app.dossier.store.Json;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The chart command on a library holding the five seed reports, its outputs read back. */
class SeedChartsCliTest {
    private static final Path REPORTS = Path.of("../shared/reports");

    @TempDir
    static Path dir;
    private static String library;

    private static String run(String... words) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run(List.of(words));
        assertEquals(0, code, String.join(" ", words));
        return out.toString(StandardCharsets.UTF_8);
    }

    @BeforeAll
    static void importSeeds() throws Exception {
        assumeTrue(Files.isDirectory(REPORTS), "../shared is absent");
        library = dir.resolve("lib").toString();
        List<String> words = new ArrayList<>(List.of("import", "--library", library));
        try (Stream<Path> files = Files.list(REPORTS)) {
            files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> words.add(p.toString()));
        }
        run(words.toArray(String[]::new));
    }

    @Test
    void burnChartShowsZhipuAndMiniMaxWithBurnCashAndRunway() throws Exception {
        JsonNode plotted = Json.MAPPER.readTree(run("chart", "--library", library, "--type", "burn-rate",
                "--out", dir.resolve("burn.png").toString(), "--width", "900", "--height", "500", "--scale", "2"));
        for (String company : List.of("Zhipu AI", "MiniMax")) {
            for (String series : List.of("Cash on hand", "Monthly burn", "Runway (months)")) {
                assertTrue(hasPoint(plotted, series, company), company + " has " + series + ": " + plotted);
            }
        }
        var png = ImageIO.read(dir.resolve("burn.png").toFile());
        assertEquals(1800, png.getWidth());
        assertEquals(1000, png.getHeight());

        run("chart", "--library", library, "--type", "burn-rate", "--out", dir.resolve("burn.svg").toString());
        String svg = Files.readString(dir.resolve("burn.svg"));
        assertTrue(svg.contains("Zhipu AI") && svg.contains("MiniMax"), "company names are SVG text");
        assertTrue(svg.contains(" mo"), "runway labels are SVG text");

        run("chart", "--library", library, "--type", "burn-rate", "--out", dir.resolve("burn.pdf").toString());
        try (var pdf = Loader.loadPDF(dir.resolve("burn.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Zhipu AI") && text.contains("MiniMax"), text);
        }
    }

    @Test
    void marketShareAndFundingChartsPlotTheSeedFigures() throws Exception {
        JsonNode share = Json.MAPPER.readTree(run("chart", "--library", library, "--type", "market-share",
                "--out", dir.resolve("share.svg").toString()));
        assertTrue(hasPoint(share, null, "DeepSeek"), share.toString());
        JsonNode funding = Json.MAPPER.readTree(run("chart", "--library", library, "--type", "funding",
                "--out", dir.resolve("funding.pdf").toString()));
        assertTrue(hasPoint(funding, "Funding", "OpenAI"), funding.toString());
        assertTrue(hasPoint(funding, "Valuation", "Anthropic"), funding.toString());
    }

    private static boolean hasPoint(JsonNode chart, String series, String company) {
        for (JsonNode s : chart.get("series")) {
            if (series != null && !series.equals(s.get("name").asText())) {
                continue;
            }
            for (JsonNode p : s.get("points")) {
                if (company.equals(p.path("company").asText()) || company.equals(p.path("category").asText())) {
                    return true;
                }
            }
        }
        return false;
    }
}
