package app.dossier.library;

import app.dossier.importing.DocumentReader;
import app.dossier.importing.ImportOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A megabyte on one line, dense with figures and names and without a sentence end (a table flattened by
 * a scraper), imports in time proportional to its length. Measured as a ratio against only reading the
 * same bytes, in CPU time of this thread, so neither a slow nor a busy machine decides the outcome; a
 * stage that rescans the line for every figure makes the ratio grow with the length and fails.
 */
class LongLineImportTest {
    /** Generous: import analyses what reading only cleans; a quadratic stage would be hundreds of times over. */
    private static final double MAX_IMPORT_TO_READ_RATIO = 60;

    @TempDir
    Path dir;

    @Test
    void aMegabyteLineDenseWithFiguresImportsInTimeLinearInItsLength() throws Exception {
        String unit = "OpenAI revenue 5 million USD and Anthropic burn 7 billion dollars per month with share 34 % and ";
        byte[] bytes = unit.repeat(1_000_000 / unit.length() + 1).getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("flattened-table.txt"), bytes);
        new DocumentReader().read("warm-up.txt", unit.repeat(50).getBytes(StandardCharsets.UTF_8));

        long readStart = cpuNanos();
        new DocumentReader().read(file.getFileName().toString(), bytes);
        long readNanos = cpuNanos() - readStart;

        try (Library library = Library.open(dir.resolve("lib"))) {
            long importStart = cpuNanos();
            ImportOutcome outcome = library.importer().importFile(file);
            long importNanos = cpuNanos() - importStart;

            assertEquals(ImportOutcome.IMPORTED, outcome.status(), outcome.error());
            assertTrue(library.figures(outcome.reportId()).size() > 10_000, "the figures of the line are all read");
            double ratio = (double) importNanos / readNanos;
            assertTrue(ratio < MAX_IMPORT_TO_READ_RATIO, String.format("import took %.1f s of CPU, %.0f× reading it (%.1f s)",
                    importNanos / 1e9, ratio, readNanos / 1e9));
        }
    }

    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
