package app.dossier.charts;

import app.dossier.model.Company;
import app.dossier.model.CompanyOrigin;
import app.dossier.model.Figure;
import app.dossier.model.Ids;
import app.dossier.model.Metric;
import app.dossier.model.Origin;
import app.dossier.model.Report;
import app.dossier.model.ReviewStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Charts drawn from the figures an analyst found in the shared seed reports, read from ../shared at run
 * time: every chartable figure must end up plotted or explained in a note, and runways must follow
 * from the cash and monthly burn given in the same report.
 */
class SeedFiguresChartTest {
    private static final Path SEEDS = Path.of("../shared/golden/seeds.json");

    @Test
    void everySeedFigureIsPlottedOrExplainedAndRunwaysFollowFromCashAndBurn(@TempDir Path tmp) throws Exception {
        assumeTrue(Files.exists(SEEDS), "shared seeds not present");
        JsonNode root = new ObjectMapper().readTree(SEEDS.toFile());
        List<Company> companies = new ArrayList<>();
        List<Report> reports = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        Map<String, Company> byName = new LinkedHashMap<>();
        for (JsonNode r : root.path("reports")) {
            String reportId = r.path("file").asText().substring(0, 3);
            reports.add(new Report(reportId, r.path("file").asText(), "Seed report " + reportId, r.path("language").asText(),
                    null, null, null, null, 0, "txt", null));
            int i = 0;
            for (JsonNode f : r.path("figures")) {
                String name = f.path("company").asText();
                Company c = byName.computeIfAbsent(name, n -> new Company(Ids.slug(n), n, List.of(), List.of(), "company", CompanyOrigin.REGISTRY));
                figures.add(new Figure(reportId + "-" + i++, reportId, c.id(), f.path("metric").asText(),
                        f.path("value").asDouble(), f.hasNonNull("valueMax") ? f.path("valueMax").asDouble() : null,
                        f.path("currency").isMissingNode() ? null : f.path("currency").asText(),
                        f.path("per").isMissingNode() ? null : f.path("per").asText(), null, f.path("approx").asBoolean(),
                        0, 0, f.path("quote").asText(), Origin.AUTO, ReviewStatus.CONFIRMED));
            }
        }
        companies.addAll(byName.values());
        ChartInput input = ChartInput.builder().figures(figures).companies(companies).reports(reports).build();

        Set<String> accounted = new HashSet<>();
        for (ChartType type : List.of(ChartType.MARKET_SHARE, ChartType.BURN_RATE, ChartType.FUNDING)) {
            BuiltChart chart = Charts.build(type, input);
            chart.result().series().forEach(s -> s.points().forEach(p -> accounted.addAll(p.sources())));
            chart.result().notes().forEach(n -> figures.forEach(f -> {
                if (n.contains("[" + f.id() + "]")) {
                    accounted.add(f.id());
                }
            }));
            ChartExporter.png(chart.chart(), tmp.resolve(type.id() + ".png"), 900, 540, 1);
            String previews = System.getProperty("dossier.chartPreviewDir");
            if (previews != null) {
                ChartExporter.png(chart.chart(), Path.of(previews, "seeds-" + type.id() + ".png"), 900, 540, 1);
            }
        }
        Set<String> chartable = Set.of(Metric.MARKET_SHARE, Metric.CASH, Metric.BURN, Metric.FUNDING, Metric.VALUATION);
        for (Figure f : figures) {
            boolean penetrationLosesToShares = Metric.PENETRATION.equals(f.metric());
            if (chartable.contains(f.metric()) && !penetrationLosesToShares) {
                assertTrue(accounted.contains(f.id()), "seed figure neither plotted nor explained: " + f);
            }
        }

        ChartResult burn = Charts.build(ChartType.BURN_RATE, input).result();
        for (ChartResult.Point runway : burn.series().get(2).points()) {
            Figure cash = figures.stream().filter(f -> runway.sources().get(0).equals(f.id())).findFirst().orElseThrow();
            Figure spend = figures.stream().filter(f -> runway.sources().get(1).equals(f.id())).findFirst().orElseThrow();
            assertEquals(cash.value() / spend.value(), runway.value(), 1e-9, runway.company());
        }
    }
}
