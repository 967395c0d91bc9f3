package app.dossier.ui.details;

import app.dossier.model.Report;
import app.dossier.ui.common.ViewModelFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The details pane's formats of a report, driven without a window. */
class VersionsViewModelTest {
    private static final Path VERSIONS = Path.of("src/test/resources/versions");
    private static final List<Path> FILES = List.of(VERSIONS.resolve("en-runway-check.txt"),
            VERSIONS.resolve("en-runway-check.html"), VERSIONS.resolve("en-runway-check.pdf"));

    @Test
    void theOpenReportListsItsOtherFormatsAndOneCanBecomeItsOwnArticle(@TempDir Path dir) throws Exception {
        try (ViewModelFixture fx = new ViewModelFixture(dir).withFiles(FILES)) {
            VersionsViewModel model = new VersionsViewModel(fx.workbench);
            assertNull(model.formatsProperty().get(), "no report open");
            Report kept = fx.workbench.reports().get(0);
            fx.workbench.read(kept.id());
            VersionsViewModel.Formats formats = model.formatsProperty().get();
            assertEquals("TXT", VersionsViewModel.format(formats.kept()));
            assertEquals(List.of("HTML", "PDF"), formats.versions().stream().map(v -> VersionsViewModel.format(v.report()))
                    .sorted().toList());
            assertTrue(formats.versions().stream().allMatch(v -> v.similarity() != null && v.similarity() > 0.5));

            VersionsViewModel.Version html = formats.versions().stream()
                    .filter(v -> VersionsViewModel.format(v.report()).equals("HTML")).findFirst().orElseThrow();
            model.separate(html);
            assertFalse(fx.library.versions().containsKey(html.report().id()), "the HTML is an article of its own");
            assertEquals(1, fx.library.versions().size());
        }
    }

    @Test
    void keepingAnotherFormatInsteadMakesTheOthersItsVersions(@TempDir Path dir) throws Exception {
        try (ViewModelFixture fx = new ViewModelFixture(dir).withFiles(FILES)) {
            VersionsViewModel model = new VersionsViewModel(fx.workbench);
            Report kept = fx.workbench.reports().get(0);
            fx.workbench.read(kept.id());
            VersionsViewModel.Formats formats = model.formatsProperty().get();
            VersionsViewModel.Version pdf = formats.versions().stream()
                    .filter(v -> VersionsViewModel.format(v.report()).equals("PDF")).findFirst().orElseThrow();
            model.keepInstead(formats, pdf);
            assertEquals(2, fx.library.versions().size());
            assertTrue(fx.library.versions().values().stream().allMatch(pdf.report().id()::equals),
                    fx.library.versions().toString());
        }
    }
}
