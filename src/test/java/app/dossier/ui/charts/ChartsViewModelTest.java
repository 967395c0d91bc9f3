package app.dossier.ui.charts;

import app.dossier.charts.ChartResult;
import app.dossier.charts.ChartType;
import app.dossier.ui.common.ViewModelFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The charts view's model, driven without a window. */
class ChartsViewModelTest {
    private static final String CASH = "Cash check\n\n"
            + "Zhipu AI holds 2.5 billion yuan in cash and burns 300 million yuan per month.\n";

    private static double zhipuBurn(ChartsViewModel model) {
        return model.drawnProperty().get().chart().result().series().stream()
                .filter(s -> s.name().equals("Monthly burn")).flatMap(s -> s.points().stream())
                .filter(p -> p.category().equals("Zhipu AI")).mapToDouble(ChartResult.Point::value)
                .findFirst().orElseThrow();
    }

    @Test
    void choosingACurrencyConvertsTheChartSeries(@TempDir Path dir) throws Exception {
        try (ViewModelFixture fx = new ViewModelFixture(dir).withReports("cash.txt", CASH)) {
            ChartsViewModel model = new ChartsViewModel(fx.workbench);
            model.typeProperty().set(ChartType.BURN_RATE);
            model.redraw(false);
            double inDollars = zhipuBurn(model);
            assertEquals("USD", model.drawnProperty().get().chart().result().currency());

            model.currencyProperty().set("CNY");
            model.redraw(false);
            assertEquals("CNY", model.drawnProperty().get().chart().result().currency());
            assertEquals(300_000_000, zhipuBurn(model), 1_000_000, "back in the yuan the report gave");
            assertEquals(inDollars / 0.14, zhipuBurn(model), 1_000_000, "the dollar bar at the table's rate");
        }
    }

    @Test
    void offersEveryCurrencyTheExchangeRatesKnowNotAShortList(@TempDir Path dir) throws Exception {
        try (ViewModelFixture fx = new ViewModelFixture(dir).withReports("cash.txt", CASH)) {
            ChartsViewModel model = new ChartsViewModel(fx.workbench);
            model.redraw(false);
            List<String> offered = List.copyOf(model.currencies());
            assertEquals(List.copyOf(app.dossier.library.LibraryCharts.rates(fx.library).currencies()), offered);
            assertTrue(offered.containsAll(List.of("CHF", "KRW", "SGD", "INR", "AED", "USD", "CNY")), offered.toString());
        }
    }

    @Test
    void leavingOutSuggestedFiguresLeavesNothingToPlotAndSaysHowManyWait(@TempDir Path dir) throws Exception {
        try (ViewModelFixture fx = new ViewModelFixture(dir).withReports("cash.txt", CASH)) {
            ChartsViewModel model = new ChartsViewModel(fx.workbench);
            model.redraw(false);
            assertTrue(model.drawnProperty().get().suggestedPlotted() > 0, "fresh figures are drawn as unconfirmed");

            model.includeSuggestedProperty().set(false);
            model.redraw(false);
            ChartsViewModel.Drawn drawn = model.drawnProperty().get();
            assertTrue(drawn.nothingPlotted());
            assertTrue(drawn.suggestedInLibrary() >= 2, "cash and burn wait for a confirmation");
        }
    }

    @Test
    void theCompanyFilterOffersOnlyCompaniesWithFigures(@TempDir Path dir) throws Exception {
        try (ViewModelFixture fx = new ViewModelFixture(dir).withReports("cash.txt", CASH,
                "news.txt", "Other news\n\nMoonshot AI opened an office in Beijing.\n")) {
            ChartsViewModel model = new ChartsViewModel(fx.workbench);
            model.redraw(false);
            assertEquals(List.of("Zhipu AI"), model.drawnProperty().get().choices().companies().stream()
                    .map(app.dossier.model.Company::name).toList());
        }
    }
}
