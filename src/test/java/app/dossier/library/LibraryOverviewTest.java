package app.dossier.library;

import app.dossier.cli.Cli;
import app.dossier.importing.ImportProgress;
import app.dossier.library.overview.Overview;
import app.dossier.store.Json;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LibraryOverviewTest {
    @TempDir
    Path dir;

    private String importText(Library library, String name, String text) throws Exception {
        Path file = Files.writeString(dir.resolve(name), text);
        return library.importer().importPaths(List.of(file), ImportProgress.NONE, () -> false).get(0).reportId();
    }

    @Test
    void anEmptyLibraryHasNothingNewAndSaysSo() throws Exception {
        try (Library library = Library.open(dir.resolve("empty"))) {
            LibraryOverview overview = new LibraryOverview(library);
            assertTrue(overview.lastVisit().isEmpty());
            Overview o = overview.read(null);
            assertTrue(o.empty());
            assertNull(o.since());
            assertTrue(o.companies().isEmpty() && o.runway().isEmpty());
        }
    }

    @Test
    void whatCameAfterTheLastVisitIsNewWithTheConflictItBrought() throws Exception {
        try (Library library = Library.open(dir.resolve("lib"))) {
            importText(library, "early.txt", CompanyProfilesTest.EARLY);
            LibraryOverview overview = new LibraryOverview(library);
            Instant visit = Instant.now();
            overview.recordVisit(visit);
            Thread.sleep(5);
            String late = importText(library, "late.txt", CompanyProfilesTest.LATE);

            Instant since = overview.lastVisit().orElseThrow();
            assertEquals(visit.toEpochMilli(), since.toEpochMilli());
            Overview o = overview.read(since);
            assertEquals(2, o.reports());
            assertEquals(1, o.news().reports());
            assertEquals(late, o.news().newest().get(0).id());
            assertFalse(o.news().conflicts().isEmpty(), "the later report's cash disagrees with the earlier one's");
            assertTrue(o.news().conflicts().stream().allMatch(k -> k.first().reportId().equals(late)
                    || k.second().reportId().equals(late)));
            assertTrue(o.news().figuresWaiting() >= 5, "suggested figures wait for review");
            assertEquals("Mistral AI", o.companies().get(0).name());
            assertEquals(2, o.companies().get(0).reports());
            assertEquals(1, o.runway().size());
            assertEquals(9, o.runway().get(0).estimate().months(), 0.01);

            overview.recordVisit(Instant.now());
            Overview later = overview.read(overview.lastVisit().orElseThrow());
            assertEquals(0, later.news().reports());
            assertTrue(later.news().conflicts().isEmpty());
        }
    }

    @Test
    void theCommandPrintsTheOverviewAsJsonAndLeavesTheMarkerAlone() throws Exception {
        Path lib = dir.resolve("cli");
        try (Library library = Library.open(lib)) {
            importText(library, "early.txt", CompanyProfilesTest.EARLY);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of("overview", "--library", lib.toString()));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        JsonNode json = Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(1, json.path("reports").asInt());
        assertEquals(1, json.path("new").path("reports").asInt());
        assertEquals("Mistral AI", json.path("companies").get(0).path("name").asText());
        assertEquals(12, json.path("runway").get(0).path("months").asDouble(), 0.01);
        try (Library library = Library.open(lib)) {
            assertTrue(new LibraryOverview(library).lastVisit().isEmpty(), "a command does not move the window's marker");
        }
    }

    @Test
    void theProfileCommandFindsACompanyByNameAndPrintsItsTimeline() throws Exception {
        Path lib = dir.resolve("profile");
        try (Library library = Library.open(lib)) {
            importText(library, "early.txt", CompanyProfilesTest.EARLY);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, cli.run(List.of("profile", "--library", lib.toString(), "--company", "mistral ai", "--json")),
                err.toString(StandardCharsets.UTF_8));
        JsonNode json = Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("Mistral AI", json.path("name").asText());
        assertTrue(json.path("timeline").size() >= 3);
        JsonNode cash = null;
        for (JsonNode p : json.path("timeline")) {
            if (p.path("metric").asText().equals("cash")) {
                cash = p;
            }
        }
        assertEquals(12e6, cash.path("inCurrency").asDouble(), 1);
        assertTrue(cash.path("quote").asText().contains("12"));
        assertEquals(2, cli.run(List.of("profile", "--library", lib.toString(), "--company", "Nobody Corp")));
        out.reset();
        assertEquals(0, cli.run(List.of("profile", "--library", lib.toString(), "--company", "Mistral AI")));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Runway:"));
    }
}
