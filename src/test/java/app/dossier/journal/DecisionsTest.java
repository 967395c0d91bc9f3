package app.dossier.journal;

import app.dossier.library.Library;
import app.dossier.model.Annotation;
import app.dossier.model.Figure;
import app.dossier.model.Origin;
import app.dossier.model.ReviewStatus;
import app.dossier.model.Report;
import app.dossier.store.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecisionsTest {
    @TempDir
    Path dir;

    private Report importSample(Library library) throws Exception {
        Path file = dir.resolve("note.txt");
        Files.writeString(file, "Acme Robotics raised 20 million dollars.\n\nThe factory runs on robots now.");
        var outcome = library.importer().importFile(file);
        return library.report(outcome.reportId()).orElseThrow();
    }

    private static Annotation note(Report r, String text) {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        return new Annotation("n1", r.id(), 0, 13, r.text().substring(0, 13), "", " raised", text,
                List.of("robots"), "yellow", now, now, false);
    }

    @Test
    void aDecisionIsStoredJournalledAndUndoable() throws Exception {
        Path lib = dir.resolve("lib");
        try (Library library = Library.open(lib)) {
            Report r = importSample(library);
            library.execute(new Commands.PutAnnotation(null, note(r, "check this")));
            assertEquals(1, library.annotations(r.id()).size());
            assertEquals(1, Journal.read(lib.resolve(Journal.FILE_NAME)).size());

            library.decisions().undo();
            assertTrue(library.annotations(r.id()).isEmpty(), "undo removes the note");
            library.decisions().redo();
            assertEquals("check this", library.annotations(r.id()).get(0).note());
            assertEquals(3, Journal.read(lib.resolve(Journal.FILE_NAME)).size(), "undo and redo are journalled too");
        }
    }

    @Test
    void editingMetadataCanBeUndone() throws Exception {
        try (Library library = Library.open(dir.resolve("lib"))) {
            Report r = importSample(library);
            library.execute(new Commands.EditReportMetadata(r.id(),
                    new Commands.ReportMetadata(r.title(), r.published(), r.source()),
                    new Commands.ReportMetadata("Better title", null, "Acme Weekly")));
            assertEquals("Better title", library.report(r.id()).orElseThrow().title());
            library.decisions().undo();
            assertEquals(r.title(), library.report(r.id()).orElseThrow().title());
        }
    }

    @Test
    void aDecisionJournalledButNotCommittedIsRecoveredOnOpen() throws Exception {
        Path lib = dir.resolve("lib");
        String reportId;
        try (Library library = Library.open(lib)) {
            Report r = importSample(library);
            reportId = r.id();
            library.execute(new Commands.PutAnnotation(null, note(r, "first")));
        }
        // what a crash between the journal write and the database commit leaves behind
        Report r;
        try (Library library = Library.open(lib)) {
            r = library.report(reportId).orElseThrow();
        }
        var entry = new Journal.Entry(2, Instant.now(), new Commands.PutAnnotation(note(r, "first"), note(r, "second")));
        Files.writeString(lib.resolve(Journal.FILE_NAME),
                app.dossier.store.Json.write(entry) + "\n{\"seq\":3,\"comm", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        try (Library library = Library.open(lib)) {
            assertEquals("second", library.annotations(reportId).get(0).note(),
                    "the journalled decision is applied; the torn line after it is ignored");
        }
    }

    @Test
    void deletingAReportIsUndoableAndKeepsItsNotes() throws Exception {
        try (Library library = Library.open(dir.resolve("lib"))) {
            Report r = importSample(library);
            library.execute(new Commands.PutAnnotation(null, note(r, "keep me")));
            library.execute(new Commands.SetReportDeleted(r.id(), true));
            assertTrue(library.reports().isEmpty());
            library.decisions().undo();
            assertEquals(1, library.reports().size());
            assertEquals("keep me", library.annotations(r.id()).get(0).note());
        }
    }

    @Test
    void aFigureDecisionIsJournalledInTheWordsOfTheContractAndReadBackAsItsState() throws Exception {
        Figure before = new Figure("f1", "r1", "acme", "cash", 2.5e9, null, "CNY", null, null, false, 0, 5, "25亿元",
                Origin.AUTO, ReviewStatus.SUGGESTED);
        String line = Json.write(new Commands.PutFigure(before, before.withStatus(ReviewStatus.CONFIRMED)));
        assertTrue(line.contains("\"status\":\"confirmed\"") && line.contains("\"origin\":\"auto\""), line);

        // a journal written before the states were types reads the same
        UserCommand read = Json.MAPPER.readValue(line, UserCommand.class);
        Commands.PutFigure put = (Commands.PutFigure) read;
        assertEquals(ReviewStatus.CONFIRMED, put.after().status());
        assertEquals(Origin.AUTO, put.before().origin());
    }
}
