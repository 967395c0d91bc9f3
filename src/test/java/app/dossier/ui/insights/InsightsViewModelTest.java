package app.dossier.ui.insights;

import app.dossier.library.insights.LibraryInsights.CompanyCount;
import app.dossier.model.Report;
import app.dossier.ui.common.ViewModelFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The companies-and-themes view's model, driven without a window. */
class InsightsViewModelTest {
    private static final String[] REPORTS = {
            "cash.txt", "Cash check\n\nZhipu AI holds 2.5 billion yuan in cash. Zhipu AI plans a listing.\n",
            "office.txt", "Office news\n\nMoonshot AI opened an office in Beijing. Zhipu AI did not comment.\n",
            "lab.txt", "Lab notes\n\nMoonshot AI hired researchers. Moonshot AI also moved floors. Moonshot AI grew.\n"};

    private static CompanyCount count(InsightsViewModel model, String name) {
        return model.companyCounts(false).stream().filter(c -> c.company().name().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void countsEachCompanysMentionsAndReportsAndListsThePassagesNamingIt(@TempDir Path dir) throws Exception {
        try (ViewModelFixture fx = new ViewModelFixture(dir).withReports(REPORTS)) {
            InsightsViewModel model = new InsightsViewModel(fx.workbench);
            model.reload();
            assertEquals(1, model.readingsProperty().get());
            CompanyCount zhipu = count(model, "Zhipu AI");
            assertEquals(3, zhipu.inLibrary());
            assertEquals(2, zhipu.reports());
            assertEquals(List.of("Moonshot AI", "Zhipu AI"), model.companyCounts(false).stream()
                    .map(c -> c.company().name()).limit(2).toList(), "most mentioned first");
            assertEquals(3, model.companyPassages(zhipu.company().id()).size());
            assertNull(model.currentReportTitle(), "no report is open");
        }
    }

    @Test
    void theOpenReportsOwnCompaniesComeFirst(@TempDir Path dir) throws Exception {
        try (ViewModelFixture fx = new ViewModelFixture(dir).withReports(REPORTS)) {
            InsightsViewModel model = new InsightsViewModel(fx.workbench);
            model.reload();
            Report cash = fx.workbench.reports().stream().filter(r -> r.title().equals("Cash check")).findFirst()
                    .orElseThrow();
            fx.workbench.read(cash.id());
            assertEquals("Cash check", model.currentReportTitle());
            CompanyCount first = model.companyCounts(false).get(0);
            assertEquals("Zhipu AI", first.company().name(), "named in the open report, though mentioned less");
            assertEquals(2, first.inReport());
        }
    }
}
