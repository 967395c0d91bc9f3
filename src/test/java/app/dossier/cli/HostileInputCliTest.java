package app.dossier.cli;

import app.dossier.importing.PdfBombs;
import app.dossier.store.Json;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * A folder of hostile input imported from the command line: each bad entry is one failed line with its
 * reason, every good file is imported, and nothing outside the chosen folder is read unless asked.
 */
class HostileInputCliTest {
    @TempDir
    Path dir;

    /** A run of the import with its JSON lines by file name. */
    private record ImportRun(int code, Map<String, JsonNode> lines, String err) {
    }

    @Test
    void bombsAndALinkOutOfTheFolderFailAloneAndTheRestIsImported() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("downloads"));
        Files.writeString(folder.resolve("a-good.txt"), "Orbit AI raised 5 million dollars in a seed round.");
        Files.write(folder.resolve("bomb.pdf"), PdfBombs.inflatingString(80));
        Files.write(folder.resolve("flood.pdf"), PdfBombs.textOperatorFlood(60_000));
        Path secret = Files.writeString(dir.resolve("secret.txt"), "Private: the password of Nimbus Labs is hunter2.");
        Files.createSymbolicLink(folder.resolve("innocent.txt"), secret);
        Files.writeString(folder.resolve("z-good.md"), "# Round\n\nLumen Labs raised 8 million euros.");

        ImportRun r = importFolder(folder);

        assertEquals(1, r.code(), "some input failed, the rest was done");
        assertEquals(5, r.lines().size(), "one line per entry: " + r.lines().keySet());
        assertEquals("imported", status(r, "a-good.txt"));
        assertEquals("imported", status(r, "z-good.md"), "the files after the bad ones are imported too");
        assertTrue(error(r, "bomb.pdf").contains("expands beyond"), error(r, "bomb.pdf"));
        assertTrue(error(r, "flood.pdf").contains("characters"), error(r, "flood.pdf"));
        assertTrue(error(r, "innocent.txt").contains("outside the imported folder"), error(r, "innocent.txt"));
        assertTrue(r.err().contains("innocent.txt"), "the refusal is named on stderr");

        ImportRun followed = importFolder(folder, "--follow-links");
        assertEquals("imported", status(followed, "innocent.txt"), "asked for, the link is followed");
    }

    @Test
    void aLinkLoopIsOneFailedLineWhenFollowingLinks() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("reports/sub"));
        Files.writeString(folder.resolve("note.txt"), "Vega Robotics raised 12 million dollars.");
        Files.createSymbolicLink(folder.resolve("back-up"), folder.getParent());
        ImportRun r = importFolder(folder.getParent(), "--follow-links");
        assertEquals("imported", status(r, "note.txt"));
        assertTrue(error(r, "back-up").contains("link back"), error(r, "back-up"));
    }

    @Test
    void anUnreadableSubfolderIsOneFailedLineAndTheRestGoesOn() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("shared"));
        Files.writeString(folder.resolve("readable.txt"), "Kite AI raised 3 million dollars.");
        Path locked = Files.createDirectories(folder.resolve("locked"));
        Files.writeString(locked.resolve("hidden.txt"), "Nobody may read this.");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "permissions do not bind this user (root): nothing to test");
            ImportRun r = importFolder(folder);
            assertEquals(1, r.code());
            assertEquals("imported", status(r, "readable.txt"));
            assertTrue(error(r, "locked").contains("permission denied"), error(r, "locked"));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private ImportRun importFolder(Path folder, String... options) {
        List<String> words = new java.util.ArrayList<>(List.of("import", "--library", dir.resolve("lib").toString()));
        words.addAll(List.of(options));
        words.add(folder.toString());
        Run run = Run.of(words);
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        for (String line : run.out().lines().toList()) {
            try {
                JsonNode node = Json.MAPPER.readTree(line);
                byName.put(Path.of(node.get("file").asText()).getFileName().toString(), node);
            } catch (java.io.IOException e) {
                throw new AssertionError("not a JSON line: " + line, e);
            }
        }
        return new ImportRun(run.code(), byName, run.err());
    }

    private static String status(ImportRun r, String name) {
        assertTrue(r.lines().containsKey(name), name + " has no line: " + r.lines().keySet());
        return r.lines().get(name).get("status").asText();
    }

    private static String error(ImportRun r, String name) {
        assertEquals("failed", status(r, name), name);
        return r.lines().get(name).get("error").asText();
    }
}
