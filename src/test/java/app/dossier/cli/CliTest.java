package app.dossier.cli;

import app.dossier.store.Json;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {
    @TempDir
    Path dir;

    private static Run run(String... words) {
        return Run.of(words);
    }

    @Test
    void importPrintsOneJsonLinePerFileAndExitsOneWhenSomeFailed() throws Exception {
        Path good = Files.writeString(dir.resolve("good.md"), "# Fundraising\n\nOrbit AI raised 5 million dollars.");
        Path bad = Files.createFile(dir.resolve("bad.txt"));
        String lib = dir.resolve("lib").toString();
        Run r = run("import", "--library", lib, good.toString(), bad.toString());
        assertEquals(1, r.code());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size());
        JsonNode first = Json.MAPPER.readTree(lines.get(0));
        assertEquals("imported", first.get("status").asText());
        assertFalse(first.get("report").isNull());
        JsonNode second = Json.MAPPER.readTree(lines.get(1));
        assertEquals("failed", second.get("status").asText());
        assertTrue(second.get("error").asText().length() > 3);
        assertTrue(r.err().contains("bad.txt"), "the failure is named on stderr too");
        assertEquals(0, run("import", "--library", lib, good.toString()).code(), "a duplicate is no failure");
    }

    @Test
    void exportFollowsTheContract() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "Orbit AI raised 5 million dollars.");
        String lib = dir.resolve("lib").toString();
        run("import", "--library", lib, good.toString());
        Run r = run("export", "--library", lib, "--with-text");
        assertEquals(0, r.code(), r.err());
        JsonNode doc = Json.MAPPER.readTree(r.out());
        assertEquals("dossier-export", doc.get("format").asText());
        assertEquals(1, doc.get("version").asInt());
        for (String key : List.of("reports", "companies", "themes", "mentions", "themeTags", "figures", "annotations")) {
            assertTrue(doc.get(key).isArray(), key);
        }
        JsonNode report = doc.get("reports").get(0);
        assertEquals("good.txt", report.get("file").asText());
        assertEquals(64, report.get("sha256").asText().length());
        assertTrue(report.get("text").asText().contains("Orbit AI"));

        Path out = dir.resolve("export.json");
        assertEquals(0, run("export", "--library", lib, "--out", out.toString()).code());
        assertFalse(Json.MAPPER.readTree(out.toFile()).get("reports").get(0).has("text"), "text only when asked");
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(2, run("frobnicate").code());
        assertEquals(2, run("import", "--library").code());
        assertEquals(2, run("search", "--library", dir.toString()).code());
    }

    @Test
    void aLibraryIsRebuiltFromItsOriginalsAndJournal() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "Orbit AI raised 5 million dollars.");
        Path lib = dir.resolve("lib");
        run("import", "--library", lib.toString(), good.toString());
        try (var library = app.dossier.library.Library.open(lib)) {
            var report = library.reports().get(0);
            library.execute(new app.dossier.journal.Commands.EditReportMetadata(report.id(),
                    new app.dossier.journal.Commands.ReportMetadata(report.title(), null, report.source()),
                    new app.dossier.journal.Commands.ReportMetadata("Orbit's seed round", null, "Test Wire")));
        }
        Path fresh = dir.resolve("fresh");
        Run r = run("rebuild", "--from", lib.toString(), "--library", fresh.toString());
        assertEquals(0, r.code(), r.err());
        try (var library = app.dossier.library.Library.open(fresh)) {
            assertEquals("Orbit's seed round", library.reports().get(0).title(), "the decision came back from the journal");
        }
        // in place: the damaged database is set aside and rebuilt
        Run inPlace = run("rebuild", "--library", lib.toString());
        assertEquals(0, inPlace.code(), inPlace.err());
        try (var library = app.dossier.library.Library.open(lib)) {
            assertEquals("Orbit's seed round", library.reports().get(0).title());
        }
    }

    @Test
    void discoveredCompaniesAreListedAndDecidedOnTheCommandLine() throws Exception {
        String lib = dir.resolve("lib").toString();
        Path report = Files.writeString(dir.resolve("round.txt"),
                "Halvorsen Analytics raised $18 million. Halvorsen Analytics sells to banks.\n");
        run("import", "--library", lib, report.toString());
        Run listed = run("companies", "--library", lib, "--discovered");
        assertEquals(0, listed.code(), listed.err());
        JsonNode row = Json.MAPPER.readTree(listed.out().lines().findFirst().orElseThrow());
        assertEquals("Halvorsen Analytics", row.path("name").asText());
        assertEquals("discovered", row.path("origin").asText());
        assertEquals(2, row.path("mentions").asInt());

        Run rejected = run("companies", "--library", lib, "--reject", row.path("id").asText());
        assertEquals(0, rejected.code(), rejected.err());
        assertEquals("", run("companies", "--library", lib, "--discovered").out());
        Run again = run("companies", "--library", lib, "--accept", row.path("id").asText());
        assertEquals(1, again.code(), "nothing left to accept");
        assertTrue(again.err().contains(row.path("id").asText()), again.err());
        assertEquals(2, run("companies", "--library", lib, "--accept", "x", "--reject", "y").code());
    }
}
