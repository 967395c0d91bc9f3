package app.dossier.ui.search;

import app.dossier.search.SearchHit;
import app.dossier.ui.common.ViewModelFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search view's model, driven without a window. */
class SearchViewModelTest {
    private static final String[] REPORTS = {
            "cash.txt", "Cash check\n\nZhipu AI holds 2.5 billion yuan in cash. Analysts say the yuan figures look solid.\n",
            "office.txt", "Office news\n\nMoonshot AI opened an office in Beijing last spring.\n"};

    @Test
    void aQueryYieldsTheMatchingReportWithTheHitMarkedInItsSnippet(@TempDir Path dir) throws Exception {
        try (ViewModelFixture fx = new ViewModelFixture(dir).withReports(REPORTS)) {
            SearchViewModel model = new SearchViewModel(fx.workbench);
            model.search("yuan", false);
            List<SearchHit> hits = model.answerProperty().get().hits();
            assertEquals(List.of("Cash check"), hits.stream().map(SearchHit::title).toList());
            assertTrue(hits.get(0).snippet().contains("«yuan»"), hits.get(0).snippet());

            model.search("  ", true);
            assertNull(model.answerProperty().get(), "an empty query shows no answer");
        }
    }

    @Test
    void aMisspeltCompanyFindsNothingButSuggestsTheName(@TempDir Path dir) throws Exception {
        try (ViewModelFixture fx = new ViewModelFixture(dir).withReports(REPORTS)) {
            SearchViewModel model = new SearchViewModel(fx.workbench);
            model.search("Moonshott", false);
            SearchViewModel.Answer answer = model.answerProperty().get();
            assertTrue(answer.hits().isEmpty());
            assertTrue(answer.suggests() && answer.didYouMean().toLowerCase().contains("moonshot"), answer.toString());
        }
    }

    @Test
    void aQueryNamingACompanyOffersItsProfileAndOpeningAHitStepsThroughAllHits(@TempDir Path dir) throws Exception {
        try (ViewModelFixture fx = new ViewModelFixture(dir).withReports(REPORTS)) {
            SearchViewModel model = new SearchViewModel(fx.workbench);
            model.search("Zhipu AI", false);
            assertEquals("Zhipu AI", model.namedCompanyProperty().get().name());
            model.search("yuan", false);
            assertNull(model.namedCompanyProperty().get(), "a plain word names no company");

            List<int[]> opened = new ArrayList<>();
            SearchHit hit = model.answerProperty().get().hits().get(0);
            model.open(hit, "yuan", (reportId, start, end, all) -> {
                assertEquals(hit.reportId(), reportId);
                opened.addAll(all);
            });
            assertEquals(2, opened.size(), "both places the report says yuan");
        }
    }
}
