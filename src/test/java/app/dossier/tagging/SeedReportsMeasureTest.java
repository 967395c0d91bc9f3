package app.dossier.tagging;

import app.dossier.model.Company;
import app.dossier.model.ThemeTag;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Scores the matcher and the theme tagger on the five seed reports the way tools/evaluate.py does.
 * Skipped when ../shared is absent. The text gets only a crude clean-up here (the real cleaning is elsewhere).
 */
class SeedReportsMeasureTest {
    private static final Path SHARED = Path.of("../shared");
    private static JsonNode golden;

    @BeforeAll
    static void loadGolden() throws IOException {
        Path seeds = SHARED.resolve("golden/seeds.json");
        assumeTrue(Files.exists(seeds), "../shared not present");
        golden = new ObjectMapper().readTree(seeds.toFile());
    }

    @Test
    void companiesAreFoundWithHighRecallAndPrecision() throws IOException {
        CompanyRegistry registry = CompanyRegistry.builtin();
        CompanyMatcher matcher = new CompanyMatcher(registry);
        Map<String, Company> byId = new HashMap<>();
        registry.companies().forEach(c -> byId.put(c.id(), c));
        Map<String, Set<String>> goldNames = new HashMap<>();
        for (JsonNode r : golden.path("registry")) {
            Set<String> names = new HashSet<>();
            names.add(norm(r.path("name").asText()));
            r.path("aliases").forEach(a -> names.add(norm(a.asText())));
            goldNames.put(r.path("name").asText(), names);
        }
        CompanyScore score = new CompanyScore(byId, c -> goldNames.getOrDefault(c, Set.of(norm(c))));
        for (JsonNode report : golden.path("reports")) {
            String text = crudeClean(Files.readString(SHARED.resolve("reports").resolve(report.path("file").asText())));
            score.add(report, text, matcher.find(text));
        }
        double recall = score.recall();
        double precision = score.precision();
        System.out.println("SCORE companies " + score.summary());
        assertTrue(recall >= 0.95, "recall " + recall);
        assertTrue(precision >= 0.95, "precision " + precision);
    }

    @Test
    void everyGoldenThemeAnchorLiesInATagOfItsTheme() throws IOException {
        ThemeTagger tagger = new ThemeTagger(Codebook.builtin());
        int gold = 0;
        int hit = 0;
        for (JsonNode report : golden.path("reports")) {
            String text = crudeClean(Files.readString(SHARED.resolve("reports").resolve(report.path("file").asText())));
            List<ThemeTag> tags = tagger.tag(text, report.path("language").asText());
            List<String> missing = new ArrayList<>();
            for (JsonNode t : report.path("themes")) {
                String anchor = t.path("anchor").asText();
                String theme = t.path("theme").asText();
                StringBuilder pattern = new StringBuilder();
                anchor.codePoints().filter(cp -> !Character.isWhitespace(cp))
                        .forEach(cp -> pattern.append(pattern.length() == 0 ? "" : "\\s*").append(Pattern.quote(Character.toString(cp))));
                Matcher m = Pattern.compile(pattern.toString()).matcher(text);
                boolean ok = m.find() && tags.stream().anyMatch(tag -> tag.themeId().equals(theme)
                        && tag.start() <= m.start() && m.end() <= tag.end());
                if (!ok) {
                    missing.add(theme + ":" + anchor);
                }
                gold++;
                hit += ok ? 1 : 0;
            }
            long paragraphs = text.split("\n\n").length;
            System.out.printf("%s: %d/%d missing=%s tags=%d paragraphs=%d%n", report.path("file").asText(),
                    report.path("themes").size() - missing.size(), report.path("themes").size(), missing, tags.size(), paragraphs);
        }
        System.out.printf("SCORE themes recall=%.2f (%d/%d)%n", (double) hit / gold, hit, gold);
        assertTrue(hit == gold, "themes recall " + hit + "/" + gold);
    }

    static String norm(String s) {
        return CompanyScore.norm(s);
    }

    /** Joins single line breaks (nothing between CJK, a space between Latin words), drops pinyin after Han. */
    static String crudeClean(String raw) {
        String t = raw.replace("\r\n", "\n").replaceAll("(\\p{IsHan})\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\\)", "$1");
        t = t.replaceAll("(?<=[\\p{IsHan}，、；）])\n(?=[^\n])", "");
        t = t.replaceAll("(?<=[^\n。！？：])\n(?=[\\p{IsHan}，。、：；！？（])", "");
        // a line ending a sentence ends a paragraph (the cleaner gives paragraphs a blank line); others are wraps
        t = t.replaceAll("(?<=[。！？.!?:：”\"])\n(?=[^\n])", "\n\n");
        return t.replaceAll("(?<=[^\n])\n(?=[^\n])", " ");
    }
}
