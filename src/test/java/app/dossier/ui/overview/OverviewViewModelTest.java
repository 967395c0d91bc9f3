package app.dossier.ui.overview;

import app.dossier.library.overview.Overview;
import app.dossier.ui.common.ViewModelFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The overview as its view model reads it, without a window. */
class OverviewViewModelTest {
    @Test
    void aFirstVisitCountsTheWholeLibraryAndNamesItsMostMentionedCompany(@TempDir Path dir) throws Exception {
        try (ViewModelFixture fx = new ViewModelFixture(dir).withReports(
                "cash.txt", "Cash check\n\nZhipu AI holds 2.5 billion yuan in cash. Zhipu AI plans a listing.\n",
                "office.txt", "Office news\n\nZhipu AI and Moonshot AI opened offices in Beijing.\n")) {
            OverviewViewModel model = new OverviewViewModel(fx.workbench);
            AtomicReference<Overview> read = new AtomicReference<>();
            model.read(read::set, e -> { throw new AssertionError(e); });
            Overview overview = read.get();
            assertNull(overview.since(), "no earlier visit: everything is counted, nothing called new since");
            assertEquals(2, overview.reports());
            assertEquals("Zhipu AI", overview.companies().get(0).name());
        }
    }
}
