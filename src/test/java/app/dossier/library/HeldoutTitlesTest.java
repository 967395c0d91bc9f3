package app.dossier.library;

import app.dossier.importing.ImportOutcome;
import app.dossier.importing.ImportProgress;
import app.dossier.model.Report;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The held-out title set (written by a session that never saw the code, committed before the work on it):
 * imported as a user would, every document gets its headline as title, loses its furniture, keeps its text.
 */
class HeldoutTitlesTest {
    private static final Path SET = Path.of("src/test/resources/heldout/titles");

    @TempDir
    Path dir;

    @Test
    void everyHeldoutDocumentImportsWithItsHeadlineAndWithoutItsChrome() throws Exception {
        JsonNode golden = new ObjectMapper().readTree(SET.resolve("golden.json").toFile());
        try (Library library = Library.open(dir.resolve("lib"))) {
            List<ImportOutcome> outcomes = library.importer().importPaths(List.of(SET), ImportProgress.NONE, () -> false);
            assertTrue(outcomes.stream().allMatch(o -> o.status().equals(ImportOutcome.IMPORTED)), outcomes.toString());
            Map<String, Report> byFile = library.reportsWithText().stream()
                    .collect(Collectors.toMap(Report::file, Function.identity()));
            List<String> problems = new ArrayList<>();
            for (JsonNode g : golden.path("reports")) {
                String file = g.path("file").asText();
                Report r = byFile.get(file);
                if (r == null) {
                    problems.add(file + ": not imported");
                    continue;
                }
                if (!r.language().equals(g.path("language").asText())) {
                    problems.add(file + ": language " + r.language());
                }
                if (!r.title().contains(g.path("title_contains").asText())) {
                    problems.add(file + ": title " + r.title());
                }
                g.path("must_not_contain").forEach(bad -> {
                    if (r.text().contains(bad.asText())) {
                        problems.add(file + ": keeps " + bad.asText());
                    }
                });
                g.path("must_contain").forEach(keep -> {
                    if (!r.text().contains(keep.asText())) {
                        problems.add(file + ": lacks " + keep.asText());
                    }
                });
            }
            assertEquals(List.of(), problems);
            assertEquals(10, golden.path("reports").size());
        }
    }
}
