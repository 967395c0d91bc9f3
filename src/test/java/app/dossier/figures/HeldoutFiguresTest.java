package app.dossier.figures;

import app.dossier.analysis.ReportAnalysis;
import app.dossier.analysis.Vocabulary;
import app.dossier.importing.DocumentReader;
import app.dossier.importing.ExtractedDocument;
import app.dossier.model.Company;
import app.dossier.model.CompanyOrigin;
import app.dossier.model.Figure;
import app.dossier.model.Metric;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The held-out batches (heldout/batch-*, written blind, committed before any change they motivated) and the
 * discourse reports written for this reading (figures/discourse), run through the real pipeline and scored
 * as tools/evaluate.py scores figures. Companies no registry holds are handed to the vocabulary as
 * discovered companies, as discovery does, so this measures reading and attribution. The floors are the
 * levels reached; a change that falls below them reads figures worse.
 */
class HeldoutFiguresTest {
    private static final String[] FOLDERS = {"/heldout/batch-A/", "/figures/discourse/"};
    private static final double[][] FLOORS = {{0.85, 0.85}, {0.9, 0.9}};

    record Score(int gold, int hit, int out, int good) {
        double recall() {
            return gold == 0 ? 0 : (double) hit / gold;
        }

        double precision() {
            return out == 0 ? 0 : (double) good / out;
        }
    }

    @Test
    void readsTheFiguresOfHeldOutReports() throws Exception {
        for (int i = 0; i < FOLDERS.length; i++) {
            Score s = score(FOLDERS[i]);
            System.out.printf("%s figures recall=%.2f (%d/%d) precision=%.2f (%d/%d)%n", FOLDERS[i],
                    s.recall(), s.hit(), s.gold(), s.precision(), s.good(), s.out());
            assertTrue(s.recall() >= FLOORS[i][0], FOLDERS[i] + " recall " + s.recall());
            assertTrue(s.precision() >= FLOORS[i][1], FOLDERS[i] + " precision " + s.precision());
        }
    }

    static Score score(String folder) throws Exception {
        JsonNode golden = json(folder + "golden.json");
        Map<String, Set<String>> goldenNames = goldenNames(golden);
        Vocabulary builtin = new Vocabulary(List.of(), List.of());
        List<Company> discovered = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : goldenNames.entrySet()) {
            boolean known = builtin.registry().companies().stream().anyMatch(c -> !names(c).isEmpty()
                    && names(c).stream().anyMatch(e.getValue()::contains));
            if (!known) {
                discovered.add(new Company("d-" + Integer.toHexString(e.getKey().hashCode()), e.getKey(),
                        aliases(golden, e.getKey()), List.of(), null, CompanyOrigin.DISCOVERED));
            }
        }
        Vocabulary vocabulary = new Vocabulary(discovered, List.of());
        ReportAnalysis analysis = new ReportAnalysis();
        DocumentReader reader = new DocumentReader();
        int gold = 0;
        int hit = 0;
        int out = 0;
        int good = 0;
        boolean debug = System.getenv("FIGURES_DEBUG") != null;
        for (JsonNode report : golden.get("reports")) {
            String file = report.get("file").asText();
            ExtractedDocument doc = reader.read(file, bytes(folder + file));
            List<Figure> figures = analysis.analyse(vocabulary, doc.text(), doc.language()).figures();
            if (debug) {
                System.out.println("== " + file);
                figures.forEach(f -> System.out.println("  " + SeedReportsFiguresTest.describe(f)));
            }
            for (JsonNode g : report.get("figures")) {
                gold++;
                if (figures.stream().anyMatch(f -> matches(g, f, vocabulary, goldenNames))) {
                    hit++;
                } else if (debug) {
                    System.out.println(file + " MISSED " + g.get("company") + " " + g.get("metric") + " " + g.get("value"));
                }
            }
            for (Figure f : figures) {
                if (f.companyId() == null || Metric.OTHER.equals(f.metric())
                        || anyMatch(report.path("optional"), f, vocabulary, goldenNames)) {
                    continue;
                }
                out++;
                if (anyMatch(report.get("figures"), f, vocabulary, goldenNames)) {
                    good++;
                } else if (debug) {
                    System.out.println(file + " WRONG " + SeedReportsFiguresTest.describe(f));
                }
            }
        }
        return new Score(gold, hit, out, good);
    }

    private static boolean anyMatch(JsonNode golden, Figure f, Vocabulary v, Map<String, Set<String>> goldenNames) {
        for (JsonNode g : golden) {
            if (matches(g, f, v, goldenNames)) {
                return true;
            }
        }
        return false;
    }

    /** As evaluate.py: same metric, a company whose names meet the golden names, currency, per, value within 1 %. */
    private static boolean matches(JsonNode g, Figure f, Vocabulary v, Map<String, Set<String>> goldenNames) {
        if (!g.get("metric").asText().equals(f.metric()) || f.companyId() == null) {
            return false;
        }
        Company c = v.companiesById().get(f.companyId());
        String name = g.get("company").asText();
        Set<String> wanted = goldenNames.getOrDefault(name, Set.of(norm(name)));
        if (c == null || names(c).stream().noneMatch(wanted::contains)) {
            return false;
        }
        if (g.hasNonNull("currency") && !g.get("currency").asText().equals(f.currency())) {
            return false;
        }
        if (g.hasNonNull("per") && !g.get("per").asText().equals(f.per())) {
            return false;
        }
        double value = g.get("value").asDouble();
        return near(f.value(), value) || (f.valueMax() != null && near(f.valueMax(), value));
    }

    private static boolean near(double x, double v) {
        return Math.abs(x - v) <= Math.abs(v) * 0.01;
    }

    private static Map<String, Set<String>> goldenNames(JsonNode golden) {
        Map<String, Set<String>> out = new HashMap<>();
        for (JsonNode r : golden.get("reports")) {
            for (JsonNode g : r.get("figures")) {
                String name = g.get("company").asText();
                Set<String> set = out.computeIfAbsent(name, k -> new HashSet<>(Set.of(norm(k))));
                aliases(golden, name).forEach(a -> set.add(norm(a)));
            }
        }
        return out;
    }

    private static List<String> aliases(JsonNode golden, String name) {
        List<String> out = new ArrayList<>();
        golden.path("aliases").path(name).forEach(a -> out.add(a.asText()));
        return out;
    }

    private static Set<String> names(Company c) {
        Set<String> out = new HashSet<>();
        out.add(norm(c.name()));
        c.aliases().forEach(a -> out.add(norm(a)));
        return out;
    }

    static String norm(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s.\\-_'’()（）·]", "");
    }

    private static JsonNode json(String path) throws IOException {
        try (InputStream in = HeldoutFiguresTest.class.getResourceAsStream(path)) {
            assertNotNull(in, path);
            return new ObjectMapper().readTree(in);
        }
    }

    private static byte[] bytes(String path) throws IOException {
        try (InputStream in = HeldoutFiguresTest.class.getResourceAsStream(path)) {
            assertNotNull(in, path);
            return in.readAllBytes();
        }
    }
}
