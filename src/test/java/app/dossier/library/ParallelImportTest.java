package app.dossier.library;

import app.dossier.importing.ImportOutcome;
import app.dossier.importing.ImportProgress;
import app.dossier.store.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Import on several worker threads with one writer: same library, same order, every report whole or absent. */
class ParallelImportTest {
    private static final String[] SENTENCES = {
        "Nordwind AI sammelt 12 Millionen Euro ein; die Bewertung liegt bei 80 Millionen Euro.",
        "OpenAI raised $6.6 billion at a valuation of $157 billion, while Anthropic burns $200 million a month.",
        "智谱AI完成新一轮融资，金额超过10亿元人民币，估值约200亿元。",
        "Mistral AI hält 5 % Marktanteil im europäischen Geschäft mit Sprachmodellen.",
        "Lumen Labs raised 8 million dollars in a seed round led by Point Nine.",
    };

    @TempDir
    Path dir;

    private List<Path> reports(int count) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("input"));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder("Report number " + i + "\n\n");
            for (int j = 0; j < 3 + i % 4; j++) {
                text.append(SENTENCES[(i + j) % SENTENCES.length]).append(' ').append("Paragraph ").append(j)
                        .append(" of report ").append(i).append(".\n\n");
            }
            files.add(Files.writeString(folder.resolve(String.format("r%03d.txt", i)), text));
        }
        return files;
    }

    private String exportWithout(Library library) {
        Map<String, Object> doc = LibraryExport.document(library, true);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> reports = (List<Map<String, Object>>) doc.get("reports");
        reports.forEach(r -> r.remove("importedAt"));
        return Json.write(doc);
    }

    private List<ImportOutcome> importWith(String threads, Path lib, List<Path> files) {
        String before = System.getProperty("dossier.importThreads");
        System.setProperty("dossier.importThreads", threads);
        try (Library library = Library.open(lib)) {
            return library.importer().importPaths(files, ImportProgress.NONE, () -> false);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (before == null) {
                System.clearProperty("dossier.importThreads");
            } else {
                System.setProperty("dossier.importThreads", before);
            }
        }
    }

    @Test
    void workersStoreWhatOneThreadStoresAndReportInInputOrder() throws Exception {
        List<Path> files = reports(150);
        List<ImportOutcome> one = importWith("1", dir.resolve("one"), files);
        List<ImportOutcome> three = importWith("3", dir.resolve("three"), files);
        assertEquals(files.stream().map(Path::toString).toList(), three.stream().map(ImportOutcome::file).toList());
        assertEquals(one, three);
        try (Library a = Library.open(dir.resolve("one")); Library b = Library.open(dir.resolve("three"))) {
            assertEquals(150, b.reports().size());
            // each report stamped strictly after the one given before it: a tie in the clock would list by id
            List<java.time.Instant> stamps = three.stream().map(o -> b.reports().stream()
                    .filter(r -> r.id().equals(o.reportId())).findFirst().orElseThrow().importedAt()).toList();
            for (int i = 1; i < stamps.size(); i++) {
                assertTrue(stamps.get(i).isAfter(stamps.get(i - 1)), "report " + i + " stamped " + stamps.get(i));
            }
            assertEquals(exportWithout(a), exportWithout(b));
            assertEquals(a.search().search("Nordwind", 200).size(), b.search().search("Nordwind", 200).size());
            assertFalse(b.search().isStale(), "the index was fed every report of the batch");
        }
    }

    @Test
    void theSameBytesTwiceInOneBatchAreOneReport() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), SENTENCES[1]);
        Path copy = Files.copy(a, dir.resolve("copy.txt"));
        List<ImportOutcome> outcomes = importWith("2", dir.resolve("lib"), List.of(a, copy, a));
        assertEquals(List.of("imported", "duplicate", "duplicate"), outcomes.stream().map(ImportOutcome::status).toList());
        assertEquals(outcomes.get(0).reportId(), outcomes.get(1).reportId());
        try (Library library = Library.open(dir.resolve("lib"))) {
            assertEquals(1, library.reports().size());
            assertEquals("a.txt", library.reports().get(0).file());
        }
    }

    @Test
    void cancellingKeepsWhatWasReportedAndNothingHalfStored() throws Exception {
        List<Path> files = reports(120);
        AtomicInteger seen = new AtomicInteger();
        String before = System.getProperty("dossier.importThreads");
        System.setProperty("dossier.importThreads", "2");
        try (Library library = Library.open(dir.resolve("lib"))) {
            List<ImportOutcome> outcomes = library.importer().importPaths(files, (done, total, o) -> seen.set(done),
                    () -> seen.get() >= 10);
            assertTrue(outcomes.size() >= 10 && outcomes.size() < 120, "stopped early: " + outcomes.size());
            assertEquals(outcomes.size(), library.reports().size(), "every reported file stored, nothing else");
            for (ImportOutcome o : outcomes) {
                assertFalse(library.mentions(o.reportId()).isEmpty(), "whole: " + o.file());
            }
        } finally {
            if (before == null) {
                System.clearProperty("dossier.importThreads");
            }
        }
        try (Library library = Library.open(dir.resolve("lib"))) {
            assertEquals(library.reports().size(), library.search().indexedIds().size());
        }
    }

    @Test
    void aLibraryOfTheEighthSchemaOpensWithItsData() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("v8"));
        var pool = org.h2.jdbcx.JdbcConnectionPool.create("jdbc:h2:file:" + lib.resolve("dossier").toAbsolutePath(),
                "dossier", "");
        org.flywaydb.core.Flyway.configure().dataSource(pool).locations("classpath:db/migration").target("8").load()
                .migrate();
        try (var c = pool.getConnection(); var st = c.createStatement()) {
            st.execute("INSERT INTO report (id, sha256, file_name, language, size_bytes, format, imported_at, body) VALUES "
                    + "('r1', '" + "b".repeat(64) + "', 'old.txt', 'en', 10, 'txt', CURRENT_TIMESTAMP, 'OpenAI raised money')");
            st.execute("INSERT INTO theme_tag (id, report_id, theme_id, start_offset, end_offset, origin, status) VALUES "
                    + "('t1', 'r1', 'funding', 0, 6, 'user', 'confirmed')");
            st.execute("INSERT INTO figure (id, report_id, company_id, metric, amount, approx, start_offset, end_offset, "
                    + "quote, origin, status) VALUES ('f1', 'r1', 'openai', 'funding', 1.0, FALSE, 0, 6, 'OpenAI', 'user', 'confirmed')");
        }
        pool.dispose();
        assertTrue(Library.needsUpgrade(lib));
        try (Library library = Library.open(lib)) {
            assertEquals("OpenAI raised money", library.report("r1").orElseThrow().text());
            assertEquals(1, library.themeTags("r1").size());
            assertEquals(1, library.figures("r1").size());
        }
        assertFalse(Library.needsUpgrade(lib));
    }
}
