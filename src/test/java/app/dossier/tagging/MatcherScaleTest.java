package app.dossier.tagging;

import app.dossier.model.Company;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatcherScaleTest {
    @Test
    void thousandsOfAliasesAndLongTextsStayFast() {
        List<Company> extra = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 5000; i++) {
            String name = "Zorb" + Integer.toString(i, 36) + "ix Labs";
            extra.add(new Company("zorb-" + i, name, List.of("佐布" + (char) (0x4E00 + random.nextInt(2000)) + i), List.of(), "startup", "user"));
        }
        CompanyRegistry registry = CompanyRegistry.builtin().with(extra);
        long t0 = System.nanoTime();
        CompanyMatcher matcher = new CompanyMatcher(registry);
        double buildSeconds = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        StringBuilder text = new StringBuilder();
        while (text.length() < 400_000) {
            text.append("OpenAI und Zorb1aix Labs sprechen über Daten, Modelle und Fabriken. 腾讯和阿里巴巴也在投资。\n\n");
        }
        int found = 0;
        for (int report = 0; report < 5; report++) {
            found += matcher.find(text.toString()).size();
        }
        double findSeconds = (System.nanoTime() - t1) / 1e9;
        assertEquals(5 * 4 * (text.length() / 82), found, 5 * 4 * 2);
        // generous bounds for a busy 2-core machine; a per-alias scan or a quadratic pass takes far longer
        assertTrue(buildSeconds < 10, "building took " + buildSeconds + " s");
        assertTrue(findSeconds < 10, "matching 2 MB took " + findSeconds + " s");
    }
}
