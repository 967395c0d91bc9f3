package app.dossier.tagging;

import app.dossier.importing.DocumentReader;
import app.dossier.importing.ExtractedDocument;
import app.dossier.model.Company;
import app.dossier.model.Mention;
import app.dossier.model.ThemeTag;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scores companies and themes on hand-written reports nobody tuned the data to while writing them
 * (test resources tagging/holdout/), read through the real import cleaning, the way tools/evaluate.py scores.
 * Besides recall and precision it checks negative paragraphs: passing mentions of data or robots carry no theme.
 */
class HeldOutReportsMeasureTest {
    private static final String DIR = "/tagging/holdout/";
    private static JsonNode golden;
    private static final Map<String, ExtractedDocument> documents = new HashMap<>();

    @BeforeAll
    static void readReports() throws Exception {
        golden = new ObjectMapper().readTree(resource("golden.json"));
        DocumentReader reader = new DocumentReader();
        for (JsonNode report : golden.path("reports")) {
            String file = report.path("file").asText();
            documents.put(file, reader.read(file, resource(file)));
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = HeldOutReportsMeasureTest.class.getResourceAsStream(DIR + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void companiesOfUnseenReportsAreFoundWithHighRecallAndPrecision() {
        CompanyRegistry registry = CompanyRegistry.builtin();
        CompanyMatcher matcher = new CompanyMatcher(registry);
        Map<String, Company> byId = new HashMap<>();
        Map<String, Set<String>> namesByCanonical = new HashMap<>();
        for (Company c : registry.companies()) {
            byId.put(c.id(), c);
            namesByCanonical.put(SeedReportsMeasureTest.norm(c.name()), CompanyScore.names(c));
        }
        Map<String, Company> byIdWithDiscovered = byId;
        CompanyScore score = new CompanyScore(byIdWithDiscovered, c -> {
            String n = CompanyScore.norm(c);
            return namesByCanonical.getOrDefault(n, Set.of(n));
        });
        CompanyDiscovery discovery = new CompanyDiscovery();
        for (JsonNode report : golden.path("reports")) {
            String text = documents.get(report.path("file").asText()).text();
            List<Mention> mentions = new ArrayList<>(matcher.find(text));
            for (CompanyDiscovery.Found found : discovery.discover(text, mentions, Set.of())) {
                byId.put(found.company().id(), found.company());
                if (!Company.SOURCE_KIND.equals(found.company().kind())) {
                    mentions.addAll(found.mentions()); // as the export is scored: sources are not the report's companies
                }
            }
            score.add(report, text, mentions);
        }
        double recall = score.recall();
        double precision = score.precision();
        System.out.println("SCORE held-out companies " + score.summary());
        assertTrue(recall >= 0.95, "recall " + recall);
        assertTrue(precision >= 0.95, "precision " + precision);
    }

    @Test
    void everyThemePassageOfUnseenReportsIsTaggedAndPassingMentionsAreNot() {
        ThemeTagger tagger = new ThemeTagger(Codebook.builtin());
        int gold = 0;
        int hit = 0;
        int negatives = 0;
        int wronglyTagged = 0;
        for (JsonNode report : golden.path("reports")) {
            ExtractedDocument doc = documents.get(report.path("file").asText());
            String text = doc.text();
            List<ThemeTag> tags = tagger.tag(text, doc.language());
            List<String> missing = new ArrayList<>();
            for (JsonNode t : report.path("themes")) {
                String theme = t.path("theme").asText();
                int[] at = find(text, t.path("anchor").asText());
                boolean ok = at != null && tags.stream().anyMatch(tag -> tag.themeId().equals(theme)
                        && tag.start() <= at[0] && at[1] <= tag.end());
                if (!ok) {
                    missing.add(theme + ":" + t.path("anchor").asText() + (at == null ? "(anchor not in text)" : ""));
                }
                gold++;
                hit += ok ? 1 : 0;
            }
            List<String> wrong = new ArrayList<>();
            for (JsonNode n : report.path("negatives")) {
                int[] at = find(text, n.path("anchor").asText());
                for (JsonNode theme : n.path("themes")) {
                    negatives++;
                    boolean tagged = at == null || tags.stream().anyMatch(tag -> tag.themeId().equals(theme.asText())
                            && tag.start() <= at[0] && at[1] <= tag.end());
                    if (tagged) {
                        wronglyTagged++;
                        wrong.add(theme.asText() + ":" + n.path("anchor").asText() + (at == null ? "(anchor not in text)" : ""));
                    }
                }
            }
            System.out.printf("%s: %d/%d missing=%s wrongly tagged=%s%n", report.path("file").asText(),
                    report.path("themes").size() - missing.size(), report.path("themes").size(), missing, wrong);
        }
        System.out.printf("SCORE held-out themes recall=%.2f (%d/%d), negatives kept clean %d/%d%n",
                (double) hit / gold, hit, gold, negatives - wronglyTagged, negatives);
        assertEquals(gold, hit, "themes recall");
        assertEquals(0, wronglyTagged, "negative paragraphs tagged");
    }

    @Test
    void wordsThatOnlyLookLikeNamesAreNotMentions() {
        CompanyMatcher matcher = new CompanyMatcher(CompanyRegistry.builtin());
        List<String> wrong = new ArrayList<>();
        for (JsonNode report : golden.path("reports")) {
            String text = documents.get(report.path("file").asText()).text();
            List<Mention> mentions = matcher.find(text);
            for (JsonNode decoy : report.path("decoys")) {
                int[] at = find(text, decoy.asText());
                if (at == null) {
                    wrong.add(decoy.asText() + " (not in text)");
                } else if (mentions.stream().anyMatch(m -> m.start() < at[1] && at[0] < m.end())) {
                    wrong.add(decoy.asText());
                }
            }
        }
        assertEquals(List.of(), wrong, "decoys taken for companies");
    }

    /** The anchor in the text, spacing ignored (the cleaning may repair spaces). */
    private static int[] find(String text, String anchor) {
        StringBuilder pattern = new StringBuilder();
        anchor.codePoints().filter(cp -> !Character.isWhitespace(cp))
                .forEach(cp -> pattern.append(pattern.length() == 0 ? "" : "\\s*").append(Pattern.quote(Character.toString(cp))));
        Matcher m = Pattern.compile(pattern.toString()).matcher(text);
        return m.find() ? new int[] {m.start(), m.end()} : null;
    }
}
