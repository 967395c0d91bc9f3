package app.dossier.ui.library;

import app.dossier.model.Company;
import app.dossier.model.Report;
import app.dossier.ui.common.ViewModelFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The library table's model, driven without a window. */
class LibraryViewModelTest {
    private static final String[] REPORTS = {
            "cash.txt", "Cash check\n\nZhipu AI holds 2.5 billion yuan in cash.\n",
            "office.txt", "Office news\n\nMoonshot AI opened an office in Beijing last spring.\n",
            "both.txt", "Two labs\n\nZhipu AI and Moonshot AI both hired researchers in Beijing.\n"};

    private static List<String> titles(LibraryViewModel model) {
        return model.rows().stream().map(Report::title).sorted().toList();
    }

    @Test
    void filteringByCompanyNarrowsTheRowsAndClearingShowsAllAgain(@TempDir Path dir) throws Exception {
        try (ViewModelFixture fx = new ViewModelFixture(dir).withReports(REPORTS)) {
            LibraryViewModel model = new LibraryViewModel(fx.workbench);
            model.refreshChoices();
            assertEquals(3, model.rows().size());

            Company moonshot = model.companyOptions().stream().filter(c -> c.name().equals("Moonshot AI")).findFirst()
                    .orElseThrow();
            model.filterByCompany(moonshot.id());
            model.apply();
            assertEquals(List.of("Office news", "Two labs"), titles(model));

            model.wordsProperty().set("labs");
            model.apply();
            assertEquals(List.of("Two labs"), titles(model), "words and company together");

            model.clearFilters();
            model.apply();
            assertEquals(3, model.rows().size());
            assertNull(model.companyProperty().get());
        }
    }

    @Test
    void sortingByTitleOrdersTheRowsInTheDatabase(@TempDir Path dir) throws Exception {
        try (ViewModelFixture fx = new ViewModelFixture(dir).withReports(REPORTS)) {
            LibraryViewModel model = new LibraryViewModel(fx.workbench);
            model.sortColumnProperty().set(LibraryViewModel.Column.TITLE);
            model.ascendingProperty().set(false);
            model.apply();
            assertEquals(List.of("Two labs", "Office news", "Cash check"), model.rows().stream().map(Report::title).toList());
        }
    }
}
