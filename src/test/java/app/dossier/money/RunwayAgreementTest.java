package app.dossier.money;

import app.dossier.charts.ChartInput;
import app.dossier.charts.ChartResult;
import app.dossier.charts.ChartType;
import app.dossier.charts.Charts;
import app.dossier.figures.ledger.Ledger;
import app.dossier.model.Company;
import app.dossier.model.CompanyOrigin;
import app.dossier.model.Figure;
import app.dossier.model.Origin;
import app.dossier.model.Report;
import app.dossier.model.ReviewStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The ledger's runway and the burn-rate chart's runway come from one rule and must show the same months. */
class RunwayAgreementTest {
    private final Report report = new Report("r", "r.txt", "Cash question", "zh-Hans", "0".repeat(64), null,
            LocalDate.of(2025, 9, 1), null, 100, "txt", null);
    private final Company zhipu = new Company("zhipu-ai", "Zhipu AI", List.of("智谱"), List.of(), "company", CompanyOrigin.REGISTRY);
    private final List<Figure> figures = List.of(
            new Figure("c", "r", "zhipu-ai", "cash", 2.5e9, null, "CNY", null, null, false, 0, 9, "账上有25亿元现金",
                    Origin.AUTO, ReviewStatus.CONFIRMED),
            new Figure("b", "r", "zhipu-ai", "burn", 3e8, null, "CNY", null, null, false, 10, 17, "每月烧掉3亿元",
                    Origin.AUTO, ReviewStatus.CONFIRMED));

    @Test
    void aMonthlyBurnNamedOnlyInItsQuoteGivesTheSameRunwayInTheLedgerAndTheChart() {
        Ledger ledger = Ledger.of(figures, Map.of("zhipu-ai", zhipu), List.of(report), Set.of(),
                new Money(ExchangeRates.defaults()));
        assertEquals(1, ledger.runway().size());
        double ledgerMonths = ledger.runway().get(0).months();

        ChartResult chart = Charts.build(ChartType.BURN_RATE, ChartInput.builder().figures(figures)
                .companies(List.of(zhipu)).reports(List.of(report)).currency("USD").build()).result();
        double chartMonths = chart.series().stream().filter(s -> s.unit().equals("months")).findFirst().orElseThrow()
                .points().get(0).value();

        assertEquals(25.0 / 3, ledgerMonths, 1e-9);
        assertEquals(ledgerMonths, chartMonths, 1e-9);
        assertEquals("8.3 mo", chart.series().stream().filter(s -> s.unit().equals("months")).findFirst()
                .orElseThrow().points().get(0).label());
    }
}
