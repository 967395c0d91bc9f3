package app.dossier.importing;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reading stays linear: ten megabytes of damaged, hard-wrapped text clean in a few seconds. Measured in
 * CPU time of the reading thread, so a busy build machine does not make the test flaky.
 */
class PerformanceTest {

    @Test
    void tenMegabytesOfWrappedMixedTextCleanInSeconds() throws Exception {
        String block = """
                Die KI - Revolution verlangt Milliarden US - Dollar, und die Unternehmen investieren 2,5 Milliarden
                in neue Rechenzentren; der Anteil liegt bei 50-80 % des Budgets, sagen die Analysten
                in ihrem Bericht über den Markt.
                这家公司在人工智能領(lǐng)域完成了4.45
                亿美元的融资，投资方包括Hugging
                Face和其他机构。

                | Home | News | Login |
                """;
        int copies = 10_000_000 / block.getBytes(StandardCharsets.UTF_8).length + 1;
        byte[] bytes = block.repeat(copies).getBytes(StandardCharsets.UTF_8);
        DocumentReader reader = new DocumentReader();
        reader.read("warmup.txt", block.getBytes(StandardCharsets.UTF_8));
        long start = cpuNanos();
        ExtractedDocument doc = reader.read("big.txt", bytes);
        double seconds = (cpuNanos() - start) / 1e9;
        assertTrue(doc.text().contains("KI-Revolution"));
        assertTrue(seconds < 5, "took " + seconds + " s of CPU for " + bytes.length / 1_000_000 + " MB");
    }

    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    @Test
    void pathologicalMarkupDoesNotBacktrack() throws Exception {
        String hostile = "# t\n\n" + "![".repeat(200_000) + "**".repeat(200_000) + "[a](".repeat(100_000) + "_x".repeat(100_000);
        long start = cpuNanos();
        new DocumentReader().read("hostile.md", hostile.getBytes(StandardCharsets.UTF_8));
        double seconds = (cpuNanos() - start) / 1e9;
        assertTrue(seconds < 3, "took " + seconds + " s of CPU");
    }
}
