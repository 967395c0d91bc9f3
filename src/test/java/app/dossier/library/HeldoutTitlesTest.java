package app.dossier.library;

import app.dossier.importing.ImportOutcome;
import app.dossier.importing.ImportProgress;
import app.dossier.model.Report;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The held-out title sets (each written by a session that never saw the code, committed before the work on
 * it): imported as a user would, every document gets its headline as title, loses its furniture, keeps its text.
 */
class HeldoutTitlesTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"titles, 10", "titles-2, 8", "titles-3, 8", "titles-4, 8", "titles-5, 8", "titles-6, 8", "titles-8, 8", "titles-9, 8", "titles-10, 8", "titles-11, 8", "titles-12, 8"})
    void everyHeldoutDocumentImportsWithItsHeadlineAndWithoutItsChrome(String set, int documents) throws Exception {
        Path folder = Path.of("src/test/resources/heldout").resolve(set);
        JsonNode golden = new ObjectMapper().readTree(folder.resolve("golden.json").toFile());
        try (Library library = Library.open(dir.resolve("lib"))) {
            List<ImportOutcome> outcomes = library.importer().importPaths(List.of(folder), ImportProgress.NONE, () -> false);
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
            assertEquals(documents, golden.path("reports").size());
        }
    }
}
