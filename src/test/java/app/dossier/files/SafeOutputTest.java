package app.dossier.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A file is written whole or not at all, never over a folder, and a failure names the path and the reason. */
class SafeOutputTest {
    @TempDir
    Path dir;

    @Test
    void anExistingFileIsRefusedUnlessReplacingWasAsked() throws Exception {
        Path target = Files.writeString(dir.resolve("memo.csv"), "the analyst's own edits");
        var e = assertThrows(OutputRefusedException.class, () -> SafeOutput.check(target, false));
        assertTrue(e.getMessage().contains(target.toString()) && e.getMessage().contains("--force"), e.getMessage());
        assertDoesNotThrow(() -> SafeOutput.check(target, true));
        SafeOutput.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(target));
    }

    @Test
    void aFolderIsNeverReplaced() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("chart.png"));
        Files.writeString(folder.resolve("keep.txt"), "kept");
        var e = assertThrows(OutputRefusedException.class, () -> SafeOutput.write(folder, out -> out.write(1)));
        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
        assertEquals("kept", Files.readString(folder.resolve("keep.txt")));
    }

    @Test
    void aFailureLeavesTheOldFileAndNoPartialOne() throws Exception {
        Path target = Files.writeString(dir.resolve("ledger.csv"), "complete old version");
        var e = assertThrows(IOException.class, () -> SafeOutput.write(target, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertTrue(e.getMessage().startsWith("cannot write " + target + ": disk full"), e.getMessage());
        assertEquals("complete old version", Files.readString(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void aFolderThatCannotBeMadeIsNamedWithTheReason() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("report.txt"), "a file, not a folder");
        Path target = notAFolder.resolve("chart.svg");
        var e = assertThrows(IOException.class, () -> SafeOutput.write(target, out -> out.write(1)));
        assertEquals("cannot write " + target + ": " + notAFolder + " is a file, not a folder", e.getMessage());
    }
}
