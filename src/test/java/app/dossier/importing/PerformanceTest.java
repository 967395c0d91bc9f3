package app.dossier.importing;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reading stays linear and never backtracks. Each check compares two costs taken in the same test, in CPU time of
 * the reading thread, so neither a busy build machine nor a slower one decides the result (absolute speed is the
 * bench's job, as a ratio to a baseline of the same run).
 */
class PerformanceTest {
    private static final String BLOCK = """
            Die KI - Revolution verlangt Milliarden US - Dollar, und die Unternehmen investieren 2,5 Milliarden
            in neue Rechenzentren; der Anteil liegt bei 50-80 % des Budgets, sagen die Analysten
            in ihrem Bericht über den Markt.
            这家公司在人工智能領(lǐng)域完成了4.45
            亿美元的融资，投资方包括Hugging
            Face和其他机构。

            | Home | News | Login |
            """;

    @Test
    void tenTimesTheTextCostsAboutTenTimesAsMuchToClean() throws Exception {
        DocumentReader reader = new DocumentReader();
        byte[] oneMegabyte = copies(1_000_000);
        byte[] tenMegabytes = copies(10_000_000);
        reader.read("warmup.txt", oneMegabyte);
        double one = Math.min(cpuSecondsToRead(reader, oneMegabyte), cpuSecondsToRead(reader, oneMegabyte));
        long start = cpuNanos();
        ExtractedDocument doc = reader.read("big.txt", tenMegabytes);
        double ten = (cpuNanos() - start) / 1e9;
        assertTrue(doc.text().contains("KI-Revolution"));
        System.out.printf("PerformanceTest: cleaning 1 MB %.2f s, 10 MB %.2f s of CPU (%.1fx)%n", one, ten, ten / one);
        // linear is 10x; a pass that grew with the square of the length would be about 100x
        assertTrue(ten < 25 * one, "10 MB took " + ten + " s of CPU, 1 MB " + one + " s: not linear");
    }

    @Test
    void pathologicalMarkupDoesNotBacktrack() throws Exception {
        String hostile = "# t\n\n" + "![".repeat(200_000) + "**".repeat(200_000) + "[a](".repeat(100_000) + "_x".repeat(100_000);
        String plain = "# t\n\n" + "Plain words in a line of text. ".repeat(hostile.length() / 31 + 1);
        DocumentReader reader = new DocumentReader();
        reader.read("warmup.md", plain.getBytes(StandardCharsets.UTF_8));
        double benign = cpuSecondsToRead(reader, plain.getBytes(StandardCharsets.UTF_8));
        double seconds = cpuSecondsToRead(new DocumentReader(), hostile.getBytes(StandardCharsets.UTF_8));
        System.out.printf("PerformanceTest: hostile markup %.2f s, as much plain text %.2f s of CPU%n", seconds, benign);
        // backtracking regexes take seconds to minutes on this input; markup of the same size reads like prose
        assertTrue(seconds < Math.max(20 * benign, 0.5), "hostile markup took " + seconds + " s of CPU, as much plain text " + benign + " s");
    }

    private static byte[] copies(int bytes) {
        return BLOCK.repeat(bytes / BLOCK.getBytes(StandardCharsets.UTF_8).length + 1).getBytes(StandardCharsets.UTF_8);
    }

    private static double cpuSecondsToRead(DocumentReader reader, byte[] bytes) throws Exception {
        long start = cpuNanos();
        reader.read("timed.txt", bytes);
        return (cpuNanos() - start) / 1e9;
    }

    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
