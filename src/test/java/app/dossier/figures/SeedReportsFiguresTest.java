package app.dossier.figures;

import app.dossier.model.Figure;
import app.dossier.model.Ids;
import app.dossier.model.Mention;
import app.dossier.model.Metric;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the extractor over the five real reports of ../shared and scores it as tools/evaluate.py does.
 * The text cleaning and the company matcher here are crude stand-ins for the real ones (built elsewhere).
 */
class SeedReportsFiguresTest {
    private static final Path SHARED = Path.of("../shared");
    private static final Pattern GLUED_PINYIN = Pattern.compile("(?<=\\p{IsHan})\\([a-zA-Z\\u00C0-\\u024F\\u01CD-\\u01DC]+\\)");

    @Test
    void findsTheGoldenFiguresOfTheSeedReportsWithFewWrongOnes() throws IOException {
        assumeTrue(Files.isDirectory(SHARED.resolve("reports")), "../shared is absent");
        JsonNode golden = new ObjectMapper().readTree(SHARED.resolve("golden/seeds.json").toFile());
        List<String[]> names = registryNames(golden);
        FigureExtractor extractor = new FigureExtractor();
        int gold = 0;
        int hit = 0;
        int out = 0;
        int good = 0;
        for (JsonNode report : golden.get("reports")) {
            String text = normalise(Files.readString(SHARED.resolve("reports").resolve(report.get("file").asText())));
            List<Figure> figures = extractor.extract(text, report.get("language").asText(), mentions(text, names));
            for (JsonNode g : report.get("figures")) {
                gold++;
                if (figures.stream().anyMatch(f -> matches(g, f))) {
                    hit++;
                } else {
                    System.out.println(report.get("file").asText() + " MISSED " + g);
                }
            }
            for (Figure f : figures) {
                if (f.companyId() == null || Metric.OTHER.equals(f.metric())) {
                    continue;
                }
                out++;
                boolean right = false;
                for (JsonNode g : report.get("figures")) {
                    right |= matches(g, f);
                }
                if (right) {
                    good++;
                } else {
                    System.out.println(report.get("file").asText() + " WRONG " + describe(f));
                }
            }
        }
        double recall = (double) hit / gold;
        double precision = out == 0 ? 0 : (double) good / out;
        System.out.printf("figures recall=%.2f (%d/%d) precision=%.2f (%d/%d)%n", recall, hit, gold, precision, good, out);
        assertTrue(recall >= 0.85, "recall " + recall);
        assertTrue(precision >= 0.85, "precision " + precision);
    }

    static String describe(Figure f) {
        return f.companyId() + " " + f.metric() + " " + f.value() + (f.valueMax() == null ? "" : "-" + f.valueMax()) + " "
                + f.currency() + " per=" + f.per() + " period=" + f.period() + " approx=" + f.approx() + " «" + f.quote() + "»";
    }

    /** A golden figure found, as evaluate.py decides: metric, company, currency, per, value within 1 %. */
    static boolean matches(JsonNode g, Figure f) {
        if (!g.get("metric").asText().equals(f.metric()) || f.companyId() == null
                || !Ids.slug(g.get("company").asText()).equals(f.companyId())) {
            return false;
        }
        if (g.hasNonNull("currency") && !g.get("currency").asText().equals(f.currency())) {
            return false;
        }
        if (g.hasNonNull("per") && !g.get("per").asText().equals(f.per())) {
            return false;
        }
        double v = g.get("value").asDouble();
        return near(f.value(), v) || (f.valueMax() != null && near(f.valueMax(), v));
    }

    private static boolean near(double x, double v) {
        return Math.abs(x - v) <= Math.abs(v) * 0.01;
    }

    /** Joins hard-wrapped lines (no space between CJK, one between Latin words) and drops pinyin glued after Han. */
    static String normalise(String raw) {
        String s = GLUED_PINYIN.matcher(raw.replace("\r\n", "\n")).replaceAll("");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean single = c == '\n' && (i == 0 || s.charAt(i - 1) != '\n') && (i + 1 >= s.length() || s.charAt(i + 1) != '\n');
            if (!single || i == 0 || i + 1 >= s.length()) {
                sb.append(c);
                continue;
            }
            char before = s.charAt(i - 1);
            char after = s.charAt(i + 1);
            if ("。！？!?：:；;”」".indexOf(before) >= 0) {
                sb.append(c);
            } else if (!isCjk(before) && !isCjk(after)) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    private static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
    }

    static List<String[]> registryNames(JsonNode golden) {
        List<String[]> names = new ArrayList<>();
        for (JsonNode r : golden.get("registry")) {
            String id = Ids.slug(r.get("name").asText());
            names.add(new String[]{r.get("name").asText(), id});
            r.get("aliases").forEach(a -> names.add(new String[]{a.asText(), id}));
        }
        // the real matcher also finds companies outside the golden lists (investors, funds, media): so does this one
        for (JsonNode report : golden.get("reports")) {
            report.get("optional_companies").forEach(o -> names.add(new String[]{o.asText(), Ids.slug(o.asText())}));
        }
        names.removeIf(n -> n[0].length() < 2);
        names.sort(Comparator.comparingInt((String[] n) -> n[0].length()).reversed());
        return names;
    }

    /** A test-only matcher: exact names and aliases, Latin names not inside longer words, longest first. */
    static List<Mention> mentions(String text, List<String[]> names) {
        boolean[] taken = new boolean[text.length()];
        List<Mention> out = new ArrayList<>();
        for (String[] n : names) {
            int from = 0;
            int at;
            while ((at = text.indexOf(n[0], from)) >= 0) {
                int end = at + n[0].length();
                from = at + 1;
                boolean free = true;
                for (int k = at; k < end; k++) {
                    free &= !taken[k];
                }
                if (!free || latinLetter(text, at - 1) && latinLetter(text, at) || latinLetter(text, end) && latinLetter(text, end - 1)) {
                    continue;
                }
                for (int k = at; k < end; k++) {
                    taken[k] = true;
                }
                out.add(new Mention(null, n[1], at, end, n[0], false, false));
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    private static boolean latinLetter(String text, int i) {
        return i >= 0 && i < text.length() && text.charAt(i) < 0x250 && Character.isLetter(text.charAt(i));
    }
}
