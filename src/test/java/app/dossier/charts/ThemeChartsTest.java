package app.dossier.charts;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThemeChartsTest {

    @Test
    void heatMapHasOneCellPerCompanyAndThemeWithItsCount() {
        ChartInput in = ChartInput.builder().themeCounts(ChartFixtures.themeCounts()).build();
        BuiltChart chart = Charts.build(ChartType.COMPANY_THEME, in);
        ChartResult r = chart.result();
        assertEquals(5, r.series().size(), "five themes");
        assertTrue(r.series().stream().allMatch(s -> s.points().size() == 5), "five companies in every theme");
        ChartResult.Point openAiCompute = r.series().stream().filter(s -> s.name().equals("Compute costs"))
                .flatMap(s -> s.points().stream()).filter(p -> p.company().equals("OpenAI")).findFirst().orElseThrow();
        assertEquals(7, openAiCompute.value());
        assertEquals("OpenAI × Compute costs: 7 tagged passages", chart.items().tooltip("Compute costs", "OpenAI"));
        assertEquals(25, chart.chart().getXYPlot().getAnnotations().size(), "every cell shows its count");
    }

    @Test
    void momentumCountsPassagesPerQuarterOfPublicationAndFillsQuietQuartersWithZero() {
        List<ChartInput.DatedTheme> passages = List.of(
                new ChartInput.DatedTheme("Cash burn", LocalDate.of(2024, 11, 2)),
                new ChartInput.DatedTheme("Cash burn", LocalDate.of(2025, 5, 20)),
                new ChartInput.DatedTheme("Cash burn", LocalDate.of(2025, 6, 30)),
                new ChartInput.DatedTheme("IPO plans", LocalDate.of(2025, 4, 1)),
                new ChartInput.DatedTheme("IPO plans", null));
        ChartResult r = Charts.build(ChartType.THEME_MOMENTUM, ChartInput.builder().themePassages(passages).build()).result();
        ChartResult.Series burn = r.series().get(0);
        assertEquals("Cash burn", burn.name());
        assertEquals(List.of("2024 Q4", "2025 Q1", "2025 Q2"), burn.points().stream().map(ChartResult.Point::category).toList());
        assertEquals(List.of(1.0, 0.0, 2.0), burn.points().stream().map(ChartResult.Point::value).toList());
        assertTrue(r.notes().get(0).startsWith("1 passage(s) from reports without a publication date"));
    }
}
