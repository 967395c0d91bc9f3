package app.dossier.store;

import app.dossier.journal.Commands;
import app.dossier.journal.UserCommand;
import app.dossier.model.CandidateStatus;
import app.dossier.model.Company;
import app.dossier.model.CompanyOrigin;
import app.dossier.model.Origin;
import app.dossier.model.StoredWord;
import app.dossier.model.Theme;
import app.dossier.model.ThemeOrigin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Origins and candidate states became enums; a library and a journal written while they were strings must
 * read as before, and what is written now must be the same words.
 */
class StoredWordsTest {
    @TempDir
    Path dir;

    @Test
    void aLibraryWrittenWhenOriginsWereWordsReadsBackAsTheirEnumsAndIsWrittenWithTheSameWords() throws Exception {
        try (Database db = Database.open(dir.resolve("lib"))) {
            db.write(c -> {
                // the rows exactly as the string-typed code stored them
                Jdbc.update(c, "INSERT INTO company (id, name, aliases, products, kind, origin) VALUES (?,?,?,?,?,?)",
                        "kestrel", "Kestrel", "[\"Kestrel AI\"]", "[]", "startup", "user");
                Jdbc.update(c, "INSERT INTO company (id, name, aliases, products, kind, origin) VALUES (?,?,?,?,?,?)",
                        "anthropic", "Anthropic", "[]", "[\"Claude\"]", "lab", "registry");
                Jdbc.update(c, "INSERT INTO theme (id, name, description, cues, origin) VALUES (?,?,?,?,?)",
                        "gpus", "GPUs", "", "{\"en\":[\"GPU\"]}", "user");
                Jdbc.update(c, "INSERT INTO theme (id, name, description, cues, origin) VALUES (?,?,?,?,?)",
                        "talent", "Talent", "", "{}", "builtin");
                for (String[] row : List.of(new String[] {"Vela", "suggested"}, new String[] {"Orca", "accepted"},
                        new String[] {"Laut", "rejected"})) {
                    Jdbc.update(c, "INSERT INTO company_candidate (name, status) VALUES (?,?)", row[0], row[1]);
                }
                Jdbc.update(c, "INSERT INTO report_version (report_id, version_of, similarity, origin) VALUES (?,?,?,?)",
                        "r2", "r1", 0.97, "auto");
                Jdbc.update(c, "INSERT INTO report_version (report_id, version_of, similarity, origin) VALUES (?,?,?,?)",
                        "r3", null, 0.91, "user");
                return null;
            });
            db.read(c -> {
                assertEquals(List.of(CompanyOrigin.REGISTRY, CompanyOrigin.USER),
                        RegistryRepository.companies(c).stream().map(Company::origin).toList(), "Anthropic, Kestrel by name");
                assertEquals(List.of(ThemeOrigin.USER, ThemeOrigin.BUILTIN),
                        RegistryRepository.themes(c).stream().map(Theme::origin).toList(), "GPUs, Talent by name");
                assertEquals(List.of(CandidateStatus.REJECTED, CandidateStatus.ACCEPTED, CandidateStatus.SUGGESTED),
                        RegistryRepository.candidates(c).stream().map(RegistryRepository.Candidate::status).toList(),
                        "Laut, Orca, Vela by name");
                assertEquals(Origin.AUTO, VersionRepository.link(c, "r2").orElseThrow().origin());
                assertEquals(Origin.USER, VersionRepository.link(c, "r3").orElseThrow().origin());
                return null;
            });

            db.write(c -> {
                RegistryRepository.upsertCompany(c, new Company("orbit", "Orbit", List.of(), List.of(), "lab",
                        CompanyOrigin.USER));
                RegistryRepository.upsertTheme(c, new Theme("robots", "Robots", "", Map.of(), ThemeOrigin.USER));
                RegistryRepository.setCandidateStatus(c, "Vela", CandidateStatus.ACCEPTED);
                VersionRepository.put(c, "r4", new VersionRepository.Link("r1", 0.95, Origin.AUTO));
                return null;
            });
            db.read(c -> {
                assertEquals(List.of("user"), column(c, "SELECT origin FROM company WHERE id = 'orbit'"));
                assertEquals(List.of("user"), column(c, "SELECT origin FROM theme WHERE id = 'robots'"));
                assertEquals(List.of("accepted"), column(c, "SELECT status FROM company_candidate WHERE name = 'Vela'"));
                assertEquals(List.of("auto"), column(c, "SELECT origin FROM report_version WHERE report_id = 'r4'"));
                return null;
            });
        }
    }

    @Test
    void aWordNoVersionWroteIsAnErrorNotASilentDefault() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StoredWord.parse(CompanyOrigin.class, "imported"));
        assertEquals("No enum constant app.dossier.model.CompanyOrigin.IMPORTED", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> StoredWord.parse(CandidateStatus.class, null));
    }

    /** Journal lines as the string-typed code wrote them: they read back, and writing them again gives the same text. */
    @Test
    void journalDecisionsWrittenWhenOriginsWereWordsReadAndWriteTheSameText() throws Exception {
        List<String> written = List.of(
                "{\"type\":\"company\",\"before\":null,\"after\":{\"id\":\"orbit\",\"name\":\"Orbit\",\"aliases\":[\"Orbit AI\"],"
                        + "\"products\":[],\"kind\":\"lab\",\"origin\":\"user\"}}",
                "{\"type\":\"theme\",\"before\":{\"id\":\"talent\",\"name\":\"Talent\",\"description\":\"People\",\"cues\":{},"
                        + "\"origin\":\"builtin\"},\"after\":{\"id\":\"talent\",\"name\":\"Talent\",\"description\":\"Hiring\","
                        + "\"cues\":{},\"origin\":\"user\"}}",
                "{\"type\":\"candidate\",\"name\":\"Vela\",\"before\":\"suggested\",\"after\":\"rejected\"}",
                "{\"type\":\"versionOf\",\"report\":\"r2\",\"before\":{\"versionOf\":\"r1\",\"similarity\":0.97,\"origin\":\"auto\"},"
                        + "\"after\":{\"versionOf\":null,\"similarity\":0.97,\"origin\":\"user\"}}");
        for (String line : written) {
            UserCommand read = Json.MAPPER.readValue(line, UserCommand.class);
            assertEquals(line, Json.MAPPER.writerFor(UserCommand.class).writeValueAsString(read));
        }
        Commands.PutCompany company = (Commands.PutCompany) Json.MAPPER.readValue(written.get(0), UserCommand.class);
        assertEquals(CompanyOrigin.USER, company.after().origin());
        Commands.SetCandidateStatus candidate = (Commands.SetCandidateStatus) Json.MAPPER.readValue(written.get(2), UserCommand.class);
        assertEquals(CandidateStatus.REJECTED, candidate.after());
        assertEquals("Reject company", candidate.describe());
    }

    private static List<String> column(java.sql.Connection c, String sql) throws java.sql.SQLException {
        return Jdbc.list(c, sql, rs -> rs.getString(1));
    }
}
