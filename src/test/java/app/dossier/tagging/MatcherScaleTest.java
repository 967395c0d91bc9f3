package app.dossier.tagging;

import app.dossier.model.Company;
import app.dossier.model.CompanyOrigin;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatcherScaleTest {
    private static final String PARAGRAPH =
            "OpenAI und Zorb1aix Labs sprechen über Daten, Modelle und Fabriken. 腾讯和阿里巴巴也在投资。\n\n";

    @Test
    void thousandsOfAliasesAndLongTextsStayFast() {
        List<Company> extra = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 5000; i++) {
            String name = "Zorb" + Integer.toString(i, 36) + "ix Labs";
            extra.add(new Company("zorb-" + i, name, List.of("佐布" + (char) (0x4E00 + random.nextInt(2000)) + i), List.of(), "startup", CompanyOrigin.USER));
        }
        long t0 = System.nanoTime();
        CompanyMatcher matcher = new CompanyMatcher(CompanyRegistry.builtin().with(extra));
        double buildSeconds = (System.nanoTime() - t0) / 1e9;

        String small = PARAGRAPH.repeat(1_000);
        String large = PARAGRAPH.repeat(4_000);
        assertEquals(4 * 4_000, matcher.find(large).size());
        double smallSeconds = bestOf(5, matcher, small);
        double largeSeconds = bestOf(3, matcher, large);
        System.out.printf("scale: build %.2f s, 80k chars %.3f s, 320k chars %.3f s%n", buildSeconds, smallSeconds, largeSeconds);
        // four times the text may cost about four times the time, not sixteen (no pass over all aliases or mentions per hit)
        assertTrue(largeSeconds < 10 * smallSeconds + 0.05, "grows faster than the text: " + smallSeconds + " -> " + largeSeconds);
        assertTrue(buildSeconds < 30, "building took " + buildSeconds + " s");
    }

    /** Best of several runs in this thread's CPU time: other processes on a busy machine stretch wall time, not this. */
    private static double bestOf(int runs, CompanyMatcher matcher, String text) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double best = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long t = threads.getCurrentThreadCpuTime();
            matcher.find(text);
            best = Math.min(best, (threads.getCurrentThreadCpuTime() - t) / 1e9);
        }
        return best;
    }
}
