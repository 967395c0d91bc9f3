package app.dossier.figures;

import app.dossier.importing.DocumentReader;
import app.dossier.importing.ExtractedDocument;
import app.dossier.model.Figure;
import app.dossier.model.Metric;
import app.dossier.tagging.CompanyMatcher;
import app.dossier.tagging.CompanyRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reports written for this test (figures/unseen/, not tuned against while the rules were written first)
 * run through the real pipeline: DocumentReader cleans, CompanyMatcher with the shipped registry finds
 * companies, FigureExtractor reads figures. Scored as tools/evaluate.py scores figures.
 */
class UnseenReportsFiguresTest {
    private static final String FOLDER = "/figures/unseen/";

    @Test
    void findsWhatAnAnalystFindsInReportsInAllFourScripts() throws Exception {
        JsonNode expected;
        try (InputStream in = getClass().getResourceAsStream(FOLDER + "expected.json")) {
            assertNotNull(in, "expected.json");
            expected = new ObjectMapper().readTree(in);
        }
        DocumentReader reader = new DocumentReader();
        CompanyMatcher matcher = new CompanyMatcher(CompanyRegistry.builtin());
        FigureExtractor extractor = new FigureExtractor();
        int gold = 0;
        int hit = 0;
        int out = 0;
        int good = 0;
        int approxRight = 0;
        for (JsonNode report : expected.get("reports")) {
            String file = report.get("file").asText();
            ExtractedDocument doc = reader.read(file, bytes(file));
            List<Figure> figures = extractor.extract(doc.text(), doc.language(), matcher.find(doc.text()));
            if (System.getenv("FIGURES_DEBUG") != null) {
                System.out.println("== " + file + "\n" + doc.text());
                figures.forEach(f -> System.out.println("  " + SeedReportsFiguresTest.describe(f)));
            }
            for (JsonNode g : report.get("figures")) {
                gold++;
                Figure found = figures.stream().filter(f -> SeedReportsFiguresTest.matches(g, f)).findFirst().orElse(null);
                if (found == null) {
                    System.out.println(file + " MISSED " + g);
                } else {
                    hit++;
                    if (!g.has("approx") || g.get("approx").asBoolean() == found.approx()) {
                        approxRight++;
                    } else {
                        System.out.println(file + " APPROX " + SeedReportsFiguresTest.describe(found));
                    }
                }
            }
            for (Figure f : figures) {
                if (f.companyId() == null || Metric.OTHER.equals(f.metric()) || isOptional(report, f)) {
                    continue;
                }
                out++;
                boolean right = false;
                for (JsonNode g : report.get("figures")) {
                    right |= SeedReportsFiguresTest.matches(g, f);
                }
                if (right) {
                    good++;
                } else {
                    System.out.println(file + " WRONG " + SeedReportsFiguresTest.describe(f));
                }
            }
        }
        double recall = (double) hit / gold;
        double precision = out == 0 ? 0 : (double) good / out;
        System.out.printf("unseen figures recall=%.2f (%d/%d) precision=%.2f (%d/%d) approx right %d/%d%n",
                recall, hit, gold, precision, good, out, approxRight, hit);
        assertTrue(recall >= 0.9, "recall " + recall);
        assertTrue(precision >= 0.9, "precision " + precision);
    }

    /** Figures an analyst may or may not take ("spends $700 million a month on compute") count neither way. */
    private static boolean isOptional(JsonNode report, Figure f) {
        for (JsonNode o : report.path("optional")) {
            if (SeedReportsFiguresTest.matches(o, f)) {
                return true;
            }
        }
        return false;
    }

    private byte[] bytes(String file) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(FOLDER + file)) {
            assertNotNull(in, file);
            return in.readAllBytes();
        }
    }
}
