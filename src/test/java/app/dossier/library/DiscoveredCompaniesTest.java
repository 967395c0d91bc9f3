package app.dossier.library;

import app.dossier.importing.ImportProgress;
import app.dossier.model.Company;
import app.dossier.model.CompanyOrigin;
import app.dossier.model.Figure;
import app.dossier.model.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A company no registry knows, from import to the user's decision on it. */
class DiscoveredCompaniesTest {
    private static final String REPORT = """
            Robotik in Bayern

            Die Sturmvogel Robotics GmbH aus Augsburg baut Greifarme für Lagerhäuser. Sturmvogel hat in einer \
            Serie-A-Runde 40 Mio. Euro eingesammelt.

            Laut PitchBook flossen 2025 mehr Mittel in Robotik als je zuvor.
            """;

    @TempDir
    Path dir;

    private Library imported() throws Exception {
        Path file = Files.writeString(dir.resolve("robotik.txt"), REPORT);
        Library library = Library.open(dir.resolve("lib"));
        library.importer().importPaths(List.of(file), ImportProgress.NONE, () -> false);
        return library;
    }

    private static Company sturmvogel(Library library) {
        return library.discoveredCompanies().stream().filter(c -> c.name().equals("Sturmvogel Robotics")).findFirst()
                .orElseThrow(() -> new AssertionError("not discovered: " + library.discoveredCompanies()));
    }

    private static List<Figure> fundingOf(Library library, String companyId) {
        return library.figures(null).stream().filter(f -> Metric.FUNDING.equals(f.metric())
                && companyId.equals(f.companyId())).toList();
    }

    @Test
    void aDiscoveredCompanyIsTaggedGetsItsFiguresAndIsExportedAsSuggested() throws Exception {
        try (Library library = imported()) {
            Company c = sturmvogel(library);
            assertEquals(CompanyOrigin.DISCOVERED, c.origin());
            assertEquals(2, library.mentions(null).stream().filter(m -> m.companyId().equals(c.id())).count(),
                    "the full name and the short form");
            assertEquals(1, fundingOf(library, c.id()).size(), library.figures(null).toString());
            Map<String, Object> doc = LibraryExport.document(library, false);
            assertTrue(list(doc, "companies").stream().anyMatch(m -> m.get("id").equals(c.id())
                    && m.get("origin").equals("discovered")));
            assertTrue(list(doc, "mentions").stream().filter(m -> m.get("company").equals(c.id()))
                    .allMatch(m -> m.get("status").equals("suggested")));
            assertTrue(list(doc, "companies").stream().anyMatch(m -> m.get("name").equals("PitchBook")
                    && m.get("kind").equals("source")), "a data provider only cited is a source");
        }
    }

    @Test
    void rejectingRemovesMentionsAndAttributionsAndUndoBringsThemBack() throws Exception {
        try (Library library = imported()) {
            Company c = sturmvogel(library);
            new DiscoveryDecisions(library).decide(c.id(), false);
            assertFalse(library.mentions(null).stream().anyMatch(m -> m.companyId().equals(c.id())));
            assertEquals(List.of(), fundingOf(library, c.id()));
            assertFalse(library.companiesById().containsKey(c.id()));
            library.reanalyseAll((done, total, title) -> { }, () -> false);
            assertFalse(library.mentions(null).stream().anyMatch(m -> m.companyId().equals(c.id())),
                    "a rejected name is not offered again");

            library.decisions().undo();
            assertEquals(2, library.mentions(null).stream().filter(m -> m.companyId().equals(c.id())).count());
            assertEquals(1, fundingOf(library, c.id()).size());
            assertEquals(CompanyOrigin.DISCOVERED, library.companiesById().get(c.id()).origin());
        }
    }

    @Test
    void acceptingAddsItToTheRegistryWithItsMentionsConfirmed() throws Exception {
        try (Library library = imported()) {
            Company c = sturmvogel(library);
            new DiscoveryDecisions(library).decide(c.id(), true);
            Company accepted = library.companiesById().get(c.id());
            assertEquals(CompanyOrigin.USER, accepted.origin());
            assertTrue(accepted.aliases().contains("Sturmvogel"), accepted.aliases().toString());
            library.reanalyseAll((done, total, title) -> { }, () -> false);
            assertEquals(1, fundingOf(library, c.id()).size(), "found by the registry now");
            assertTrue(list(LibraryExport.document(library, false), "mentions").stream()
                    .filter(m -> m.get("company").equals(c.id())).allMatch(m -> m.get("status").equals("confirmed")));
            library.decisions().undo();
            assertEquals(CompanyOrigin.DISCOVERED, library.companiesById().get(c.id()).origin());
            assertNull(library.vocabulary().companiesById().get(c.id()));
        }
    }

    @Test
    void aPublisherCitedAsASourceIsNotChartedAmongTheCompanies() throws Exception {
        Path file = Files.writeString(dir.resolve("robots.txt"), "Robots in warehouses\n\nAccording to PitchBook, "
                + "OpenAI is also putting money into humanoid robots and embodied AI for warehouses.\n");
        try (Library library = Library.open(dir.resolve("lib2"))) {
            library.importer().importPaths(List.of(file), ImportProgress.NONE, () -> false);
            Map<String, Map<String, Integer>> counts = LibraryCharts.input(library).build().themeCounts();
            assertTrue(counts.containsKey("OpenAI"), counts.toString());
            assertFalse(counts.containsKey("PitchBook"), counts.toString());
            assertTrue(library.mentions(null).stream().anyMatch(m -> m.text().equals("PitchBook")), "still tagged");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> doc, String key) {
        return (List<Map<String, Object>>) doc.get(key);
    }
}
