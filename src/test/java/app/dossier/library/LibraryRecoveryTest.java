package app.dossier.library;

import app.dossier.journal.Commands;
import app.dossier.journal.Journal;
import app.dossier.model.Annotation;
import app.dossier.model.Report;
import app.dossier.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LibraryRecoveryTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private static Annotation note(Report r, String id, String words) {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        return new Annotation(id, r.id(), 0, 10, r.text().substring(0, 10), "", "", words, List.of(), null, t, t, false);
    }

    /** A library of two reports with a note on each. */
    private Path libraryWithTwoNotes(Path a, Path b) throws Exception {
        Path lib = dir.resolve("lib");
        try (Library library = Library.open(lib)) {
            for (Path file : List.of(a, b)) {
                Report r = library.report(library.importer().importFile(file).reportId()).orElseThrow();
                library.execute(new Commands.PutAnnotation(null, note(r, "n-" + file.getFileName(), "on " + file.getFileName())));
            }
        }
        return lib;
    }

    @Test
    void aNoteOnAReportWhoseOriginalIsLostIsKeptListedAndReattachedWhenTheFileComesBack() throws Exception {
        Path a = write("a.txt", "Orbit AI raised 5 million dollars in its seed round this spring.");
        Path b = write("b.txt", "Nimbus Labs burns 2 million dollars a month on compute.");
        Path lib = libraryWithTwoNotes(a, b);
        try (Stream<Path> walk = Files.walk(lib.resolve("originals"))) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (p.toString().contains(app.dossier.model.Ids.sha256(Files.readAllBytes(a)))) {
                    Files.delete(p);
                }
            }
        }
        Path fresh = dir.resolve("fresh");
        LibraryRebuild.Result result = LibraryRebuild.rebuild(lib, fresh, (done, total, current) -> { });
        assertEquals(1, result.orphaned());
        try (Library library = Library.open(fresh)) {
            assertEquals(1, library.reports().size(), "the library opens with the report it has");
            assertEquals(1, library.orphanedDecisions().size());
            assertEquals("Add note", library.orphanedDecisions().get(0).description());
            library.importer().importFile(a);
            assertTrue(library.orphanedDecisions().isEmpty(), "importing the file again re-attaches its note");
            assertEquals(2, library.annotations(null).size());
        }
    }

    @Test
    void aLostDatabaseIsReportedAsDamagedNotReplacedByAnEmptyLibrary() throws Exception {
        Path lib = libraryWithTwoNotes(write("a.txt", "Orbit AI raised 5 million dollars."),
                write("b.txt", "Nimbus Labs burns 2 million dollars a month."));
        Files.delete(lib.resolve(Database.FILE_NAME));
        LibraryDamagedException e = assertThrows(LibraryDamagedException.class, () -> Library.open(lib));
        assertTrue(e.getMessage().contains("rebuild"), e.getMessage());
        assertFalse(Files.exists(lib.resolve(Database.FILE_NAME)), "no empty database was made in its place");

        LibraryRebuild.Result result = LibraryRebuild.rebuild(lib, lib, (done, total, current) -> { });
        assertTrue(result.complete());
        try (Library library = Library.open(lib)) {
            assertEquals(2, library.reports().size());
            assertEquals(2, library.annotations(null).size());
        }
    }

    @Test
    void aRebuildKilledBeforeItsSwapLeavesTheOldLibraryAndOneKilledDuringItIsFinishedOnOpen() throws Exception {
        Path lib = libraryWithTwoNotes(write("a.txt", "Orbit AI raised 5 million dollars."),
                write("b.txt", "Nimbus Labs burns 2 million dollars a month."));
        // killed while building: a staging folder without its completion mark
        Files.createDirectories(lib.resolve(LibraryRebuild.STAGING).resolve("originals"));
        try (Library library = Library.open(lib)) {
            assertEquals(2, library.annotations(null).size());
        }
        assertFalse(Files.exists(lib.resolve(LibraryRebuild.STAGING)), "the unfinished rebuild is cleared away");

        // killed in the middle of the swap: the old database moved aside, the new one not yet in place
        LibraryRebuild.rebuild(lib, lib, (done, total, current) -> { });
        Path staging = Files.createDirectories(lib.resolve(LibraryRebuild.STAGING));
        Files.move(lib.resolve(Database.FILE_NAME), staging.resolve(Database.FILE_NAME));
        Files.writeString(staging.resolve("COMPLETE"), "before-rebuild-test");
        try (Library library = Library.open(lib)) {
            assertEquals(2, library.reports().size());
            assertEquals(2, library.annotations(null).size());
        }
    }

    @Test
    void aSecondWriterIsRefusedWhileTheLibraryIsOpen() throws Exception {
        Path lib = dir.resolve("lib");
        try (Library library = Library.open(lib)) {
            Exception e = assertThrows(LibraryLock.LibraryInUseException.class, () -> Library.open(lib));
            assertTrue(e.getMessage().contains("open in another"));
            assertThrows(LibraryLock.LibraryInUseException.class,
                    () -> LibraryRebuild.rebuild(lib, lib, (done, total, current) -> { }));
        }
    }

    @Test
    void anOriginalSavedByAnImportCutShortIsRemovedOnOpen() throws Exception {
        Path lib = dir.resolve("lib");
        try (Library library = Library.open(lib)) {
            library.originals().save("ab" + "0".repeat(62), "half.txt", "never stored".getBytes());
            library.importer().importFile(write("kept.txt", "Orbit AI raised 5 million dollars."));
        }
        try (Library library = Library.open(lib)) {
            assertEquals(1, library.originals().all().size(), "only the original of the stored report is left");
        }
    }

    @Test
    void aDecisionOnTheJournalIsAppliedOnceEvenWhenTheJournalWasCutMidLine() throws Exception {
        Path lib = libraryWithTwoNotes(write("a.txt", "Orbit AI raised 5 million dollars."),
                write("b.txt", "Nimbus Labs burns 2 million dollars a month."));
        Files.writeString(lib.resolve(Journal.FILE_NAME), "{\"seq\":3,\"at\":\"2026-", java.nio.file.StandardOpenOption.APPEND);
        try (Library library = Library.open(lib)) {
            Report r = library.reports().get(0);
            library.execute(new Commands.EditReportMetadata(r.id(), new Commands.ReportMetadata(r.title(), null, null),
                    new Commands.ReportMetadata("Renamed", null, null)));
        }
        var contents = app.dossier.journal.JournalReader.scan(lib.resolve(Journal.FILE_NAME));
        assertTrue(contents.problems().isEmpty(), contents.problems().toString());
        assertEquals(3, contents.entries().size());
        try (Library library = Library.open(lib)) {
            assertTrue(library.reports().stream().anyMatch(r -> r.title().equals("Renamed")));
        }
    }

    @Test
    void aLibraryOfTheFirstSchemaIsOfferedABackupAndItsReportsGetChecksumsWhenUpgraded() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("old"));
        String url = "jdbc:h2:file:" + lib.resolve("dossier").toAbsolutePath();
        var pool = org.h2.jdbcx.JdbcConnectionPool.create(url, "dossier", "");
        org.flywaydb.core.Flyway.configure().dataSource(pool).locations("classpath:db/migration").target("1").load().migrate();
        try (var c = pool.getConnection(); var st = c.createStatement()) {
            st.execute("INSERT INTO report (id, sha256, file_name, language, size_bytes, format, imported_at, body) VALUES "
                    + "('r1', '" + "a".repeat(64) + "', 'old.txt', 'en', 10, 'txt', CURRENT_TIMESTAMP, 'Made by V1')");
        }
        pool.dispose();
        assertTrue(Library.needsUpgrade(lib), "the window offers a backup before this upgrade");
        try (Library library = Library.open(lib)) {
            assertEquals("Made by V1", library.report("r1").orElseThrow().text());
            assertTrue(library.database().read(app.dossier.store.Checksums::mismatches).isEmpty());
        }
        assertFalse(Library.needsUpgrade(lib));
    }
}
