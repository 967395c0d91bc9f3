package app.dossier.charts;

import app.dossier.model.Origin;
import app.dossier.model.ReviewStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Renders every chart type. Set -Ddossier.chartPreviewDir=/tmp/charts-preview to keep the files and look
 * at them; otherwise they go to a temporary folder and only their content is checked.
 */
class ChartPreviewTest {

    @Test
    void everyChartTypeRendersSomethingOnAWhiteBackground(@TempDir Path tmp) throws Exception {
        String dir = System.getProperty("dossier.chartPreviewDir");
        Path out = dir == null ? tmp : Path.of(dir);
        List<app.dossier.model.Figure> all = new ArrayList<>();
        all.addAll(ChartFixtures.burnFigures());
        all.addAll(ChartFixtures.shareFigures());
        all.addAll(ChartFixtures.fundingFigures());
        ChartInput input = ChartFixtures.input(all).includeSuggested(true)
                .themeCounts(ChartFixtures.themeCounts()).themePassages(ChartFixtures.themePassages()).build();
        for (ChartType type : ChartType.values()) {
            BuiltChart chart = Charts.build(type, input);
            Path png = out.resolve(type.id() + ".png");
            ChartExporter.png(chart.chart(), png, 900, 540, 1);
            if (dir != null) {
                ChartExporter.svg(chart.chart(), out.resolve(type.id() + ".svg"), 900, 540);
                ChartExporter.pdf(chart.chart(), out.resolve(type.id() + ".pdf"), 900, 540);
            }
            BufferedImage image = ImageIO.read(png.toFile());
            assertTrue(image.getRGB(2, 2) == 0xFFFFFFFF, type.id() + " background is white");
            assertTrue(nonWhitePixels(image) > 2000, type.id() + " draws something");
        }
        ChartInput survey = ChartFixtures.input(ChartFixtures.shareFigures().stream()
                .filter(f -> f.reportId().equals(ChartFixtures.SURVEY)).toList()).build();
        ChartExporter.png(MarketSharePie.build(survey).orElseThrow(), out.resolve("market-share-pie.png"), 700, 480, 1);
        List<app.dossier.model.Figure> dated = new ArrayList<>();
        String[] periods = {"2024-Q2", "2025-Q1", "2025-Q3"};
        int i = 0;
        for (app.dossier.model.Figure f : ChartFixtures.fundingFigures()) {
            if (f.metric().equals("funding")) {
                dated.add(new app.dossier.model.Figure(f.id(), f.reportId(), f.companyId(), f.metric(), f.value(), null,
                        f.currency(), null, periods[i++ % periods.length], f.approx(), 0, 0, f.quote(), Origin.AUTO, ReviewStatus.CONFIRMED));
            }
        }
        ChartExporter.png(FundingRoundsChart.build(ChartFixtures.input(dated).build()).orElseThrow().chart(),
                out.resolve("funding-rounds.png"), 900, 540, 1);
        BuiltChart chinese = Charts.build(ChartType.BURN_RATE, ChartFixtures.input(ChartFixtures.burnFigures())
                .originalScriptNames(true).currency("EUR").build());
        ChartExporter.png(chinese.chart(), out.resolve("burn-rate-zh-eur.png"), 900, 540, 2);
        ChartExporter.pdf(chinese.chart(), out.resolve("burn-rate-zh-eur.pdf"), 900, 540);
    }

    @Test
    void everyChartTypeCopesWithNoDataAndSaysSo(@TempDir Path tmp) throws Exception {
        for (ChartType type : ChartType.values()) {
            BuiltChart chart = Charts.build(type, ChartInput.builder().build());
            assertTrue(chart.result().series().stream().allMatch(s -> s.points().isEmpty()), type.id());
            ChartExporter.png(chart.chart(), tmp.resolve(type.id() + ".png"), 400, 300, 1);
        }
    }

    private static int nonWhitePixels(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    n++;
                }
            }
        }
        return n;
    }
}
