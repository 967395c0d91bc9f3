package app.dossier.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where exports go: an existing file is replaced only with --force, a folder never, and a failure names
 * the path and the reason on one line, with nothing half-written left behind.
 */
class ExportTargetsCliTest {
    @TempDir
    Path dir;
    private String library;

    @BeforeEach
    void libraryWithAReport() throws Exception {
        library = dir.resolve("lib").toString();
        Path report = Files.writeString(dir.resolve("round.txt"), "Orbit AI raised 5 million dollars in March 2025.");
        assertEquals(0, run("import", "--library", library, report.toString()).code());
    }

    @Test
    void anExistingFileIsLeftAloneWithoutForceForEveryExport() throws Exception {
        List<List<String>> commands = List.of(
                List.of("export", "--out", "%s"),
                List.of("chart", "--type", "funding", "--out", "%s"),
                List.of("notes", "export", "--format", "csv", "--out", "%s"),
                List.of("ledger", "--out", "%s"));
        String[] endings = {"json", "png", "csv", "csv"};
        for (int i = 0; i < commands.size(); i++) {
            Path target = Files.writeString(dir.resolve("existing-" + i + "." + endings[i]), "the analyst's file");
            Run refused = run(words(commands.get(i), target));
            assertEquals(2, refused.code(), commands.get(i) + ": " + refused.err());
            assertTrue(refused.err().contains(target.toString()) && refused.err().contains("--force"), refused.err());
            assertEquals("the analyst's file", Files.readString(target), "left alone");

            List<String> forced = new java.util.ArrayList<>(List.of(words(commands.get(i), target)));
            forced.add("--force");
            Run replaced = run(forced.toArray(String[]::new));
            assertEquals(0, replaced.code(), commands.get(i) + ": " + replaced.err());
            assertFalse(Files.readString(target, StandardCharsets.ISO_8859_1).equals("the analyst's file"), "replaced");
        }
    }

    @Test
    void aFolderIsNeverReplacedEvenWithForce() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("funding.png"));
        Run r = run("chart", "--library", library, "--type", "funding", "--out", folder.toString(), "--force");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(folder + " is a folder"), r.err());
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void aTargetThatCannotBeWrittenIsNamedWithItsReasonAndNothingIsLeft() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "a file");
        Path target = notAFolder.resolve("chart.png");
        Run r = run("chart", "--library", library, "--type", "funding", "--out", target.toString());
        assertEquals(1, r.code());
        assertEquals("dossier chart: cannot write " + target + ": " + notAFolder + " is a file, not a folder",
                r.err().strip());
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no partial file");
        }
    }

    private String[] words(List<String> command, Path target) {
        List<String> w = new java.util.ArrayList<>();
        for (String word : command) {
            w.add(word.equals("%s") ? target.toString() : word);
        }
        w.add("--library");
        w.add(library);
        return w.toArray(String[]::new);
    }

    private static Run run(String... words) {
        return Run.of(words);
    }
}
