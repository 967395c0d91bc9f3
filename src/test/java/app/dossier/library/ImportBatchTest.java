package app.dossier.library;

import app.dossier.importing.ImportOutcome;
import app.dossier.importing.ImportProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportBatchTest {
    @TempDir
    Path dir;

    @Test
    void theSameBytesImportedTwiceAreADuplicate() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "Nordwind AI sammelt 12 Millionen Euro ein.");
        Path copy = Files.copy(a, dir.resolve("copy-of-a.txt"));
        try (Library library = Library.open(dir.resolve("lib"))) {
            List<ImportOutcome> first = library.importer().importPaths(List.of(a), ImportProgress.NONE, () -> false);
            List<ImportOutcome> second = library.importer().importPaths(List.of(a, copy), ImportProgress.NONE, () -> false);
            assertEquals(ImportOutcome.IMPORTED, first.get(0).status());
            assertEquals(ImportOutcome.DUPLICATE, second.get(0).status());
            assertEquals(ImportOutcome.DUPLICATE, second.get(1).status(), "same bytes under another name");
            assertEquals(1, library.reports().size());
        }
    }

    @Test
    void aBadFileFailsWithItsReasonAndTheBatchGoesOn() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path binary = Files.write(dir.resolve("photo.txt"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3, 0, 0});
        Path good = Files.writeString(dir.resolve("good.txt"), "Lumen Labs raised 8 million dollars in a seed round.");
        Path missing = dir.resolve("missing.txt");
        try (Library library = Library.open(dir.resolve("lib"))) {
            List<ImportOutcome> outcomes = library.importer().importPaths(List.of(empty, binary, missing, good),
                    ImportProgress.NONE, () -> false);
            assertEquals(List.of("failed", "failed", "failed", "imported"),
                    outcomes.stream().map(ImportOutcome::status).toList());
            outcomes.subList(0, 3).forEach(o -> assertNotNull(o.error(), o.file()));
            assertTrue(outcomes.get(0).error().contains("empty"), outcomes.get(0).error());
            assertEquals(1, library.reports().size(), "only the good file is stored");
        }
    }

    @Test
    void aHugeFileIsRefusedWithTheLimitNamed() throws Exception {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(app.dossier.importing.DocumentReader.MAX_BYTES + 1);
        }
        try (Library library = Library.open(dir.resolve("lib"))) {
            ImportOutcome o = library.importer().importFile(huge);
            assertEquals(ImportOutcome.FAILED, o.status());
            assertTrue(o.error().contains("MB"), o.error());
        }
    }

    @Test
    void aFolderIsImportedRecursivelyAndCancelStopsTheBatch() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in/sub"));
        for (int i = 0; i < 5; i++) {
            Files.writeString(folder.resolve("r" + i + ".md"), "# Report " + i + "\n\nText number " + i + ".");
        }
        Files.writeString(folder.resolve("ignored.bin"), "not a report ending");
        try (Library library = Library.open(dir.resolve("lib"))) {
            // the writer asks before taking each file; reports stored in a batch are told about after its commit
            int[] asked = {0};
            List<ImportOutcome> outcomes = library.importer().importPaths(List.of(dir.resolve("in")),
                    ImportProgress.NONE, () -> ++asked[0] > 2);
            assertEquals(2, outcomes.size(), "cancel stops before the next file");
            assertEquals(2, library.reports().size());
            List<ImportOutcome> rest = library.importer().importPaths(List.of(dir.resolve("in")),
                    ImportProgress.NONE, () -> false);
            assertEquals(5, rest.size(), "files with other endings in a folder are left alone");
            assertEquals(5, library.reports().size());
        }
    }

    @Test
    void everyReportOfABatchIsStoredWithItsSignatureAndAVersionFindsTheEarlierFormat() throws Exception {
        String article = "Nordwind AI hat in einer Finanzierungsrunde 12 Millionen Euro eingesammelt. Die Runde wurde "
                + "von Alpenkapital angeführt; das Unternehmen will das Geld in Rechenzentren und neue Mitarbeiter stecken.";
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("a.txt"), article);
        Files.writeString(folder.resolve("b.md"), "# Nordwind\n\n" + article);
        Files.writeString(folder.resolve("c.txt"), "Quanta Robotics wurde mit 2 Milliarden Dollar bewertet, nachdem der "
                + "Hersteller von Lagerrobotern seine dritte Finanzierungsrunde abgeschlossen hatte, sagte die Firma.");
        try (Library library = Library.open(dir.resolve("lib"))) {
            library.importer().importPaths(List.of(folder), ImportProgress.NONE, () -> false);
            var signatures = library.database().read(app.dossier.store.VersionRepository::allSignatures);
            assertEquals(3, signatures.size(), "each report's signature is stored with it, in the batch's transaction");
            List<String> linked = new java.util.ArrayList<>();
            for (var r : library.reports()) {
                if (library.database().read(c -> app.dossier.store.VersionRepository.link(c, r.id())).isPresent()) {
                    linked.add(r.file());
                }
            }
            assertEquals(1, linked.size(), "one of the two formats of the article is a version of the other: " + linked);
            assertTrue(linked.get(0).equals("a.txt") || linked.get(0).equals("b.md"), linked.toString());
        }
    }

    @Test
    void originalsAreKeptBesideTheDatabase() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "Quanta Robotics was valued at 2 billion dollars.");
        try (Library library = Library.open(dir.resolve("lib"))) {
            library.importer().importFile(a);
            var originals = library.originals().all();
            assertEquals(1, originals.size());
            assertEquals("a.txt", originals.get(0).fileName());
            assertEquals(Files.readString(a), new String(originals.get(0).read(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void aLongTextOriginalIsKeptDeflatedAndReadBackByteForByte() throws Exception {
        String paragraph = "Quanta Robotics was valued at 2 billion dollars after its series B round, "
                + "and it burns 4 million dollars a month on compute and payroll.\n\n";
        Path a = Files.writeString(dir.resolve("long.txt"), paragraph.repeat(200));
        try (Library library = Library.open(dir.resolve("lib"))) {
            library.importer().importFile(a);
            var original = library.originals().all().get(0);
            assertEquals("long.txt", original.fileName());
            assertTrue(original.deflated(), "a long text is kept deflated");
            assertTrue(Files.size(original.path()) < Files.size(a) / 3, "and takes a fraction of its size on disk");
            assertArrayEquals(Files.readAllBytes(a), original.read());
            assertEquals(app.dossier.model.Ids.sha256(Files.readAllBytes(a)), original.sha256());
        }
    }

    @Test
    void searchSnippetsComeFromTheDatabaseWhileTheIndexKeepsNoCopyOfTheText() throws Exception {
        String filler = "Quanta Robotics builds warehouse arms and sells them to logistics firms. ".repeat(40);
        Path a = Files.writeString(dir.resolve("long.txt"), filler + "Its runway is eighteen months. " + filler);
        try (Library library = Library.open(dir.resolve("lib"))) {
            library.importer().importFile(a);
            var hits = library.search().search("runway", 5);
            assertEquals(1, hits.size());
            assertTrue(hits.get(0).snippet().contains("«runway»"), hits.get(0).snippet());
            assertEquals("runway", Files.readString(a).substring(hits.get(0).start(), hits.get(0).end()));
        }
        try (var index = org.apache.lucene.index.DirectoryReader.open(
                org.apache.lucene.store.FSDirectory.open(dir.resolve("lib").resolve("index")))) {
            var stored = index.storedFields().document(0);
            assertNotNull(stored.get("id"));
            assertEquals(null, stored.get("text"), "the text is kept once, in the database");
        }
    }
}
