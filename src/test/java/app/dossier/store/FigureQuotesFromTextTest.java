package app.dossier.store;

import app.dossier.model.Figure;
import app.dossier.model.Origin;
import app.dossier.model.Report;
import app.dossier.model.ReviewStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A figure's quote is read from its report's text instead of being stored twice, and reads exactly as before. */
class FigureQuotesFromTextTest {
    private static final String TEXT = "Kestrel Looms raised 12 million euros in May. Its rival Tern Weaving reported revenue of 3 million.";

    @TempDir
    Path dir;

    @Test
    void aLibraryMadeBeforeTheChangeUpgradesInPlaceAndReadsEveryQuoteAsBefore() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("old"));
        String url = "jdbc:h2:file:" + lib.resolve("dossier").toAbsolutePath();
        var pool = org.h2.jdbcx.JdbcConnectionPool.create(url, "dossier", "");
        // the schema as the version before this change left it (V20), with rows written the way it wrote them
        org.flywaydb.core.Flyway.configure().dataSource(pool).locations("classpath:db/migration").target("20").load().migrate();
        try (Connection c = pool.getConnection(); var st = c.createStatement()) {
            st.execute("INSERT INTO report (id, sha256, file_name, language, size_bytes, format, imported_at, body, text_sum) VALUES "
                    + "('r1', '" + "c".repeat(64) + "', 'looms.txt', 'en', 99, 'txt', CURRENT_TIMESTAMP, '" + TEXT + "', '"
                    + Checksums.of(TEXT) + "')");
            insertOld(st, "f1", 21, 44, TEXT.substring(21, 44), Checksums.of(TEXT.substring(21, 44)));
            insertOld(st, "f2", 0, 13, "Kestrel Looms Ltd", Checksums.of("Kestrel Looms Ltd")); // entered by hand
            insertOld(st, "f3", 84, 97, TEXT.substring(84, 97), null); // older than checksums
        }
        pool.dispose();

        Map<String, String> before = Map.of("f1", TEXT.substring(21, 44), "f2", "Kestrel Looms Ltd", "f3", TEXT.substring(84, 97));
        try (Database db = Database.open(lib)) {
            assertTrue(db.migratedOnOpen());
            db.write(Checksums::fillMissing);
            assertEquals(before, quotes(db.read(c -> FigureRepository.list(c, "r1"))));
            assertEquals(before, quotes(db.read(c -> FigureRepository.list(c, null))));
            assertEquals(TEXT.substring(21, 44), db.read(c -> FigureRepository.find(c, "f1")).quote());
            assertEquals(List.of(), db.read(Checksums::mismatches));
            assertEquals(TEXT, db.read(c -> ReportRepository.find(c, "r1")).orElseThrow().text(), "the text reads as before");
        }
        Map<String, String> stored = storedQuotes(url);
        assertEquals(before, stored, "an upgrade rewrites no figure: the quotes stored before stay and read the same");
    }

    @Test
    void newFiguresStoreNoQuoteAndADecidedFigureIsStillFlaggedWhenItsTextChanges() throws Exception {
        Path lib = dir.resolve("new");
        Files.createDirectories(lib);
        Report report = new Report("r2", "looms.txt", "Looms", "en", "d".repeat(64), Instant.now(), null, null, 99, "txt", TEXT);
        Figure raised = figure("g1", 21, 44, TEXT.substring(21, 44), ReviewStatus.CONFIRMED);
        Figure revenue = figure("g2", 84, 97, TEXT.substring(84, 97), ReviewStatus.SUGGESTED);
        try (Database db = Database.open(lib)) {
            db.write(c -> {
                NewReports.insert(c, List.of(new NewReports.Entry(report, "UTF-8", List.of(), List.of(),
                        List.of(raised, revenue), List.of())));
                return null;
            });
            assertEquals(Map.of("g1", raised.quote(), "g2", revenue.quote()), quotes(db.read(c -> FigureRepository.list(c, "r2"))));
        }
        String url = "jdbc:h2:file:" + lib.resolve("dossier").toAbsolutePath();
        assertNull(storedQuotes(url).get("g1"));

        String changed = "Intro added. " + TEXT;
        try (Database db = Database.open(lib)) {
            db.write(c -> {
                ReportRepository.updateText(c, "r2", changed, "en");
                FigureRepository.replaceSuggestions(c, "r2", List.of(), changed);
                return null;
            });
            Figure kept = db.read(c -> FigureRepository.find(c, "g1"));
            assertEquals(TEXT.substring(21, 44), kept.quote(), "the decided figure keeps the words it was decided on");
            assertEquals(List.of("g1"), db.read(FigureRepository::needingReview));
            assertEquals(changed, db.read(c -> ReportRepository.find(c, "r2")).orElseThrow().text());
            assertEquals(List.of(), db.read(Checksums::mismatches));
        }
    }

    @Test
    void aDamagedTextIsCaughtThroughTheQuoteItHolds() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("damaged"));
        Report report = new Report("r3", "looms.txt", "Looms", "en", "e".repeat(64), Instant.now(), null, null, 99, "txt", TEXT);
        try (Database db = Database.open(lib)) {
            db.write(c -> {
                NewReports.insert(c, List.of(new NewReports.Entry(report, "UTF-8", List.of(), List.of(),
                        List.of(figure("h1", 21, 44, TEXT.substring(21, 44), ReviewStatus.SUGGESTED)), List.of())));
                c.createStatement().execute("UPDATE report SET body = REPLACE(body, '12 million', '72 million')");
                return null;
            });
            assertFalse(db.read(Checksums::mismatches).stream().noneMatch(m -> m.startsWith("figure h1")));
            org.junit.jupiter.api.Assertions.assertThrows(DamagedDataException.class,
                    () -> db.read(c -> FigureRepository.list(c, "r3")));
        }
    }

    private static Figure figure(String id, int start, int end, String quote, ReviewStatus status) {
        return new Figure(id, id.startsWith("g") ? "r2" : "r3", null, "funding", 12e6, null, "EUR", null, null, false,
                start, end, quote, Origin.AUTO, status);
    }

    private static void insertOld(java.sql.Statement st, String id, int start, int end, String quote, String sum) throws Exception {
        st.execute("INSERT INTO figure (id, report_id, metric, amount, approx, start_offset, end_offset, quote, origin, status, quote_sum)"
                + " VALUES ('" + id + "', 'r1', 'funding', 1.0, FALSE, " + start + ", " + end + ", '" + quote + "', 'auto', 'suggested', "
                + (sum == null ? "NULL" : "'" + sum + "'") + ")");
    }

    private static Map<String, String> quotes(List<Figure> figures) {
        return figures.stream().collect(Collectors.toMap(Figure::id, Figure::quote));
    }

    private static Map<String, String> storedQuotes(String url) throws Exception {
        Map<String, String> stored = new java.util.HashMap<>();
        try (Connection c = DriverManager.getConnection(url, "dossier", ""); var rs = c.createStatement()
                .executeQuery("SELECT id, quote FROM figure")) {
            while (rs.next()) {
                stored.put(rs.getString(1), rs.getString(2));
            }
        }
        return stored;
    }
}
