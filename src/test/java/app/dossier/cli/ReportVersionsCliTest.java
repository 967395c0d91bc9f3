package app.dossier.cli;

import app.dossier.journal.Commands;
import app.dossier.library.Library;
import app.dossier.model.Origin;
import app.dossier.store.Json;
import app.dossier.store.VersionRepository;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The txt, HTML and PDF of one article: one report with three formats, counted once everywhere. */
class ReportVersionsCliTest {
    private static final Path VERSIONS = Path.of("src/test/resources/versions");

    @TempDir
    Path dir;

    private static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> nodes = new java.util.ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(Json.MAPPER.readTree(line));
            }
        }
        return nodes;
    }

    private static int reportsMentioning(String companiesOut, String name) throws Exception {
        return lines(companiesOut).stream().filter(n -> n.path("name").asText().equals(name))
                .mapToInt(n -> n.path("reports").asInt()).findFirst().orElse(0);
    }

    @Test
    void otherFormatsOfAnArticleImportAsDuplicatesAndAreCountedOnce() throws Exception {
        String lib = dir.resolve("lib").toString();
        Run one = Run.of("import", "--library", lib, VERSIONS.resolve("en-runway-check.txt").toString(),
                VERSIONS.resolve("mistral-a.txt").toString(), VERSIONS.resolve("mistral-b.txt").toString());
        assertEquals(0, one.code(), one.err());
        JsonNode kept = lines(one.out()).get(0);
        Run companiesBefore = Run.of("companies", "--library", lib);
        JsonNode exportBefore = Json.MAPPER.readTree(Run.of("export", "--library", lib).out());

        Run others = Run.of("import", "--library", lib, VERSIONS.resolve("en-runway-check.html").toString(),
                VERSIONS.resolve("en-runway-check.pdf").toString());
        assertEquals(0, others.code(), others.err());
        for (JsonNode line : lines(others.out())) {
            assertEquals("duplicate", line.path("status").asText(), line.toString());
            assertEquals(kept.path("report").asText(), line.path("versionOf").asText(), line.toString());
        }
        assertTrue(lines(one.out()).stream().noneMatch(n -> n.has("versionOf")),
                "two different articles on Mistral's round stay two reports: " + one.out());

        Run companiesAfter = Run.of("companies", "--library", lib);
        assertEquals(reportsMentioning(companiesBefore.out(), "Mistral AI"), reportsMentioning(companiesAfter.out(), "Mistral AI"));
        assertEquals(3, reportsMentioning(companiesAfter.out(), "Mistral AI"));
        JsonNode export = Json.MAPPER.readTree(Run.of("export", "--library", lib).out());
        assertEquals(exportBefore.path("figures").size(), export.path("figures").size(), "figures counted once");
        assertEquals(exportBefore.path("mentions").size(), export.path("mentions").size(), "mentions counted once");
        assertEquals(5, export.path("reports").size(), "every file is kept, as a report or a format of one");
        long versions = 0;
        for (JsonNode r : export.path("reports")) {
            versions += r.path("versionOf").isNull() ? 0 : 1;
        }
        assertEquals(2, versions);
        Run search = Run.of("search", "--library", lib, "runway");
        assertEquals(1, lines(search.out()).stream().map(n -> n.path("report").asText()).distinct().count(), search.out());

        // the user says the PDF is an article of its own: then, and only then, it counts
        try (Library library = Library.open(dir.resolve("lib"))) {
            String pdf = lines(others.out()).get(1).path("report").asText();
            VersionRepository.Link link = library.versionLink(pdf).orElseThrow();
            library.execute(new Commands.SetVersionOf(pdf, link, new VersionRepository.Link(null, link.similarity(), Origin.USER)));
            assertNull(library.versions().get(pdf));
            assertTrue(library.figures(null).size() > exportBefore.path("figures").size());
            library.decisions().undo();
            assertEquals(exportBefore.path("figures").size(), library.figures(null).size(), "undo links it again");
        }
        Run check = Run.of("check", "--library", lib);
        assertEquals(0, check.code(), check.out() + check.err());
    }
}
