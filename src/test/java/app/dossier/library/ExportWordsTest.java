package app.dossier.library;

import app.dossier.importing.ImportProgress;
import app.dossier.journal.Commands;
import app.dossier.model.Company;
import app.dossier.model.CompanyOrigin;
import app.dossier.model.Figure;
import app.dossier.model.ReviewStatus;
import app.dossier.model.Theme;
import app.dossier.model.ThemeOrigin;
import app.dossier.model.ThemeTag;
import app.dossier.store.Json;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The export keeps the words of CONTRACT.md for origins, kinds and states now that the model holds enums. */
class ExportWordsTest {
    @TempDir
    Path dir;

    @Test
    void theExportWritesTheContractsWordsForEveryOriginKindAndState() throws Exception {
        Path file = Files.writeString(dir.resolve("robotik.txt"), """
                Robotik in Bayern

                Die Sturmvogel Robotics GmbH aus Augsburg baut Greifarme für Lagerhäuser. Sturmvogel hat in einer \
                Serie-A-Runde 40 Mio. Euro eingesammelt. Auch Anthropic investiert in Robotik und Rechenzentren.

                Laut PitchBook flossen 2025 mehr Mittel in Robotik als je zuvor; der Markt für KI-Chips wächst.
                """);
        try (Library library = Library.open(dir.resolve("lib"))) {
            library.importer().importPaths(List.of(file), ImportProgress.NONE, () -> false);
            library.execute(new Commands.PutCompany(null, new Company("orbit", "Orbit", List.of(), List.of(), "lab",
                    CompanyOrigin.USER)));
            library.execute(new Commands.PutTheme(null, new Theme("greifarme", "Greifarme", "", Map.of("de", List.of("Greifarm")),
                    ThemeOrigin.USER)));
            Figure funding = library.figures(null).get(0);
            library.execute(new Commands.PutFigure(funding, funding.withStatus(ReviewStatus.CONFIRMED)));
            ThemeTag tag = library.themeTags(null).get(0);
            library.execute(new Commands.PutThemeTag(tag, tag.withStatus(ReviewStatus.REJECTED)));

            JsonNode doc = Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(LibraryExport.document(library, false)));
            assertEquals(Set.of("registry", "user", "discovered"), words(doc, "companies", "origin"));
            assertEquals(Set.of("builtin", "user"), words(doc, "themes", "origin"));
            assertEquals(Set.of("auto"), words(doc, "themeTags", "origin"));
            assertEquals(Set.of("suggested", "rejected"), words(doc, "themeTags", "status"));
            assertEquals(Set.of("auto"), words(doc, "figures", "origin"));
            assertEquals(Set.of("confirmed"), words(doc, "figures", "status"));
            assertEquals(Set.of("suggested", "confirmed"), words(doc, "mentions", "status"));
            assertEquals(true, words(doc, "companies", "kind").containsAll(Set.of("source", "lab", "robotics")),
                    words(doc, "companies", "kind").toString());
        }
    }

    private static Set<String> words(JsonNode doc, String section, String field) {
        Set<String> out = new TreeSet<>();
        doc.path(section).forEach(n -> out.add(n.path(field).asText()));
        return out;
    }
}
