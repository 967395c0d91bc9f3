package app.dossier.cli;

import app.dossier.journal.Commands;
import app.dossier.journal.Journal;
import app.dossier.library.Library;
import app.dossier.model.Annotation;
import app.dossier.model.Report;
import app.dossier.store.Database;
import app.dossier.store.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** check, orphans, backup and restore on the command line, and what export says about a damaged library. */
class SafetyCommandsTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... words) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(words));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A library with one report and a note quoting "OpenAI". */
    private Path libraryWithANote() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "OpenAI raised 6.6 billion dollars at a 157 billion valuation.");
        Path lib = dir.resolve("lib");
        run("import", "--library", lib.toString(), file.toString());
        try (Library library = Library.open(lib)) {
            Report r = library.reports().get(0);
            Instant t = Instant.parse("2026-01-01T00:00:00Z");
            library.execute(new Commands.PutAnnotation(null, new Annotation("n1", r.id(), 0, 6, "OpenAI", "", " raised",
                    "輪 of funding by OpenAI", List.of(), null, t, t, false)));
        }
        return lib;
    }

    @Test
    void aSoundLibraryChecksCleanAndABitFlippedInANoteIsFoundNotExported() throws Exception {
        Path lib = libraryWithANote();
        Run clean = run("check", "--library", lib.toString());
        assertEquals(0, clean.code(), clean.out() + clean.err());
        assertEquals("", clean.out());

        // closing compacted the file into Deflate pages; the flip is made in plain ones, as H2 writes between compactions
        FaultInjection.rewritePlain(lib.resolve(Database.FILE_NAME));
        flipEveryCopy(lib.resolve(Database.FILE_NAME), "of funding by OpenAI", "of funding by OpenAH");
        Run export = run("export", "--library", lib.toString());
        assertEquals(1, export.code(), "a damaged note is never exported as if it were sound");
        assertTrue(export.err().contains("damaged"), export.err());
        Run check = run("check", "--library", lib.toString());
        assertEquals(1, check.code());
        assertTrue(check.out().contains("\"area\":\"database\"") && check.out().contains("note n1"), check.out());
    }

    @Test
    void exportOfALibraryWhoseDatabaseIsGoneSaysToRebuild() throws Exception {
        Path lib = libraryWithANote();
        Files.delete(lib.resolve(Database.FILE_NAME));
        Run export = run("export", "--library", lib.toString());
        assertEquals(1, export.code());
        assertTrue(export.err().contains("dossier rebuild --library"), export.err());
        assertFalse(export.err().contains("Referential integrity"), export.err());
        Run rebuild = run("rebuild", "--library", lib.toString());
        assertEquals(0, rebuild.code(), rebuild.err());
        assertTrue(run("export", "--library", lib.toString()).out().contains("輪 of funding by OpenAI"));
    }

    @Test
    void aRebuildFromADamagedJournalSaysItIsNotComplete() throws Exception {
        Path lib = libraryWithANote();
        Path journal = lib.resolve(Journal.FILE_NAME);
        String text = Files.readString(journal);
        Files.writeString(journal, "{\"seq\":1,\"at\":\"garbage\n" + text.replace("\"seq\":1,", "\"seq\":2,"));
        Run rebuild = run("rebuild", "--from", lib.toString(), "--library", dir.resolve("new").toString());
        assertEquals(1, rebuild.code());
        assertTrue(rebuild.err().contains("line 1"), rebuild.err());
        assertTrue(rebuild.out().contains("\"complete\":false"), rebuild.out());
    }

    @Test
    void aBackupTakenWhileTheLibraryIsOpenRestoresToTheSameExport() throws Exception {
        Path lib = libraryWithANote();
        String before = run("export", "--library", lib.toString(), "--with-text").out();
        Path zip = dir.resolve("backup.zip");
        try (Library open = Library.open(lib)) {
            // the window has the library open: the command still backs it up
            Run backup = run("backup", "--library", lib.toString(), "--out", zip.toString());
            assertEquals(0, backup.code(), backup.err());
        }
        Path restored = dir.resolve("restored");
        Run restore = run("restore", zip.toString(), "--library", restored.toString());
        assertEquals(0, restore.code(), restore.err());
        assertEquals(before, run("export", "--library", restored.toString(), "--with-text").out());
        assertNotEquals(0, run("restore", zip.toString(), "--library", restored.toString()).code(),
                "restoring over a library is refused");
    }

    @Test
    void orphanedDecisionsAreListed() throws Exception {
        Path lib = libraryWithANote();
        try (var walk = Files.walk(lib.resolve("originals"))) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        Path fresh = dir.resolve("fresh");
        run("rebuild", "--from", lib.toString(), "--library", fresh.toString());
        Run orphans = run("orphans", "--library", fresh.toString());
        assertEquals(0, orphans.code());
        assertEquals("Add note", Json.MAPPER.readTree(orphans.out().lines().findFirst().orElseThrow()).get("decision").asText());
    }

    private static void flipEveryCopy(Path file, String from, String to) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        byte[] a = from.getBytes(StandardCharsets.UTF_8);
        byte[] b = to.getBytes(StandardCharsets.UTF_8);
        int found = 0;
        outer:
        for (int i = 0; i + a.length <= bytes.length; i++) {
            for (int j = 0; j < a.length; j++) {
                if (bytes[i + j] != a[j]) {
                    continue outer;
                }
            }
            System.arraycopy(b, 0, bytes, i, b.length);
            found++;
        }
        assertTrue(found > 0, "the note is stored as UTF-8 in the file");
        Files.write(file, bytes);
    }
}
