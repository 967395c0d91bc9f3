package app.dossier.annotations;

import app.dossier.journal.Commands;
import app.dossier.library.Library;
import app.dossier.model.Annotation;
import app.dossier.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class W3cRoundTripTest {
    @TempDir
    Path dir;

    private Library libraryWith(String name, Path... files) throws Exception {
        Library lib = Library.open(dir.resolve(name));
        lib.importer().importPaths(List.of(files), (d, t, o) -> { }, () -> false);
        return lib;
    }

    @Test
    void exportThenImportIntoAFreshLibraryGivesIdenticalAnnotationsAndUndoRemovesThem() throws Exception {
        Path en = Files.writeString(dir.resolve("kestrel.txt"), NotesFixtures.ENGLISH);
        Path zh = Files.writeString(dir.resolve("yingsun.txt"), NotesFixtures.CHINESE);
        byte[] json;
        List<Annotation> original;
        try (Library first = libraryWith("first", en, zh)) {
            for (Report r : first.reportsWithText()) {
                String quote = r.text().contains("4000") ? "4000万美元" : "hire 60 engineers";
                int at = r.text().indexOf(quote);
                Annotation a = Anchoring.create(r, at, at + quote.length(), "Worth a second look", List.of("check",
                        AnnotationTags.company("kestrel-ai")), "pink");
                first.execute(new Commands.PutAnnotation(null, a));
            }
            Annotation lost = Anchoring.create(first.reportsWithText().get(0), 0, 5, "lost one", List.of(), "blue");
            first.execute(new Commands.PutAnnotation(null, new Annotation(lost.id(), lost.reportId(), 3, 9,
                    "a sentence that is gone", "", "", lost.note(), lost.tags(), lost.color(), lost.created(),
                    lost.modified(), true)));
            original = first.annotations(null);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            NotesExport.write(NotesCorpus.load(first), NotesExport.Format.W3C, "Notes", out);
            json = out.toByteArray();
        }
        assertEquals(3, original.size());
        try (Library fresh = libraryWith("fresh", zh, en)) {
            AnnotationImport.Plan plan = AnnotationImport.plan(fresh, new ByteArrayInputStream(json));
            assertEquals(3, plan.added());
            fresh.execute(plan.command().orElseThrow());
            assertEquals(original, fresh.annotations(null));

            AnnotationImport.Plan again = AnnotationImport.plan(fresh, new ByteArrayInputStream(json));
            assertTrue(again.command().isEmpty(), "importing twice changes nothing");
            assertEquals(3, again.unchanged());

            fresh.decisions().undo();
            assertTrue(fresh.annotations(null).isEmpty(), "the import is one undoable decision");
        }
    }

    @Test
    void annotationsOfReportsNotInTheLibraryAreCountedNotImported() throws Exception {
        Path en = Files.writeString(dir.resolve("only.txt"), NotesFixtures.ENGLISH);
        Path other = Files.writeString(dir.resolve("other.txt"), NotesFixtures.CHINESE);
        byte[] json;
        try (Library first = libraryWith("a", en, other)) {
            for (Report r : first.reportsWithText()) {
                first.execute(new Commands.PutAnnotation(null, Anchoring.create(r, 0, 4, "n", List.of(), "yellow")));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            NotesExport.write(NotesCorpus.load(first), NotesExport.Format.W3C, "Notes", out);
            json = out.toByteArray();
        }
        try (Library partial = libraryWith("b", en)) {
            AnnotationImport.Plan plan = AnnotationImport.plan(partial, new ByteArrayInputStream(json));
            assertEquals(1, plan.added());
            assertEquals(1, plan.unmatched().size());
        }
    }

    @Test
    void reanchoringAReportInTheLibraryIsOneUndoableDecision() throws Exception {
        Path en = Files.writeString(dir.resolve("moved.txt"), NotesFixtures.ENGLISH);
        try (Library lib = libraryWith("moved", en)) {
            Report r = lib.reportsWithText().get(0);
            int at = r.text().indexOf("hire 60");
            noteFiveCharactersLate(lib, r, at);
            assertEquals(1, Reanchoring.reanchorReport(lib, r.id()));
            assertEquals(at, lib.annotations(r.id()).get(0).start());
            assertEquals(0, Reanchoring.reanchorLibrary(lib), "nothing left to move");
            lib.decisions().undo();
            assertEquals(at + 5, lib.annotations(r.id()).get(0).start());
        }
    }

    @Test
    void reprocessingTheLibraryPlacesNotesOnTheNewTextInTheSameStep() throws Exception {
        Path en = Files.writeString(dir.resolve("reprocessed.txt"), NotesFixtures.ENGLISH);
        try (Library lib = libraryWith("reprocessed", en)) {
            Report r = lib.reportsWithText().get(0);
            int at = r.text().indexOf("hire 60");
            noteFiveCharactersLate(lib, r, at);
            boolean[] toldBefore = {false};
            int done = Reanchoring.reprocessAll(lib, (d, total, title) -> { }, () -> false, () -> toldBefore[0] = true);
            assertEquals(1, done);
            assertTrue(toldBefore[0]);
            assertEquals(at, lib.annotations(r.id()).get(0).start(), "the note sits on its quote again");
        }
    }

    /** A note on the 7 characters at {@code at}, stored 5 characters late, as if the text had been different. */
    private static void noteFiveCharactersLate(Library lib, Report r, int at) {
        Annotation a = Anchoring.create(r, at, at + 7, "n", List.of(), "yellow");
        lib.execute(new Commands.PutAnnotation(null, new Annotation(a.id(), a.reportId(), at + 5, at + 12, a.quote(),
                a.prefix(), a.suffix(), a.note(), a.tags(), a.color(), a.created(), a.modified(), false)));
    }
}
