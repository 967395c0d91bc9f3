package app.dossier.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
    @TempDir
    Path dir;
    private SearchIndex index;

    @BeforeEach
    void indexFixtures() throws IOException {
        index = SearchIndex.open(dir.resolve("index"));
        for (IndexedReport report : SearchFixtures.ALL) {
            index.put(report);
        }
        index.commit();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private Set<String> ids(String query) throws IOException {
        return index.search(query, 20).stream().map(SearchHit::reportId).collect(Collectors.toSet());
    }

    private SearchHit only(String query, String reportId) throws IOException {
        return index.search(query, 20).stream().filter(h -> h.reportId().equals(reportId)).findFirst().orElseThrow();
    }

    private static String covered(IndexedReport report, SearchHit hit) {
        return report.text().substring(hit.start(), hit.end());
    }

    @Test
    void simplifiedQueryFindsTraditionalTextAndBack() throws IOException {
        assertEquals(Set.of("zh-1", "zh-2"), ids("智谱"));
        assertEquals(Set.of("zh-1", "zh-2"), ids("智譜"));
        assertEquals(Set.of("zh-1", "zh-2"), ids("机器人"));
        assertEquals(Set.of("zh-1", "zh-2"), ids("機器人"));
    }

    @Test
    void fullWidthAndCaseAreFolded() throws IOException {
        assertTrue(ids("ai").contains("zh-1"), "full-width ＡＩ found by ai");
        assertTrue(ids("ＯＰＥＮＡＩ").contains("en-1"), "full-width query finds OpenAI");
        assertEquals(Set.of("en-1"), ids("OPENAI"));
        assertEquals("ＡＩ", covered(SearchFixtures.SIMPLIFIED, only("Ai", "zh-1")));
    }

    @Test
    void germanInflectionsAndCompoundsMatch() throws IOException {
        assertEquals(Set.of("de-1"), ids("Orchestrierung"));
        assertEquals(Set.of("de-1"), ids("Modellen"), "inflected query finds Modell and Modelle");
        assertEquals(Set.of("de-1"), ids("Anteils"), "tail of Marktanteil");
        assertEquals(Set.of("de-1"), ids("Grösse"));
        assertEquals(Set.of("de-1"), ids("grosse"));
        assertEquals("Orchestrierungsebene", covered(SearchFixtures.GERMAN, only("Orchestrierung", "de-1")));
        assertEquals("Marktanteil", covered(SearchFixtures.GERMAN, only("Anteil", "de-1")));
    }

    @Test
    void quotedPhraseNeedsAdjacentWordsWhileBareWordsDoNot() throws IOException {
        assertEquals(Set.of("en-1"), ids("\"Hugging Face\""));
        assertEquals(Set.of("en-1", "en-2"), ids("Hugging Face"));
        assertEquals(Set.of("en-1"), ids("\u201Chugging face\u201D"), "typographic quotes too");
        assertEquals("Hugging Face", covered(SearchFixtures.ENGLISH, only("\"Hugging Face\"", "en-1")));
    }

    @Test
    void booleanOperatorsCombineWords() throws IOException {
        assertEquals(Set.of("en-1", "de-1"), ids("OpenAI OR Orchestrierung"));
        assertEquals(Set.of("zh-1", "zh-2"), ids("智谱 AND 机器人"));
        assertEquals(Set.of(), ids("智谱 AND OpenAI"));
        assertEquals(Set.of("zh-1"), ids("机器人 NOT 上海"));
        assertEquals(Set.of("zh-1"), ids("机器人 -上海"));
        assertEquals(Set.of("en-1", "zh-1"), ids("(OpenAI OR 融资) -Orchestrierung"));
        assertFalse(ids("NOT 机器人").contains("zh-1"), "a lone negation lists the other reports");
        assertEquals(Set.of("de-1", "en-1", "en-2"), ids("NOT 机器人"));
    }

    @Test
    void filtersRestrictByCompanyThemeLanguageAndTag() throws IOException {
        assertEquals(Set.of("zh-1", "zh-2"), ids("company:\"Zhipu AI\""));
        assertEquals(Set.of("zh-1", "zh-2"), ids("company:zhipu-ai"));
        assertEquals(Set.of("zh-1", "zh-2"), ids("company:ZHIPU"));
        assertEquals(Set.of("zh-1"), ids("company:智譜"), "script-folded company name");
        assertEquals(Set.of("zh-1"), ids("机器人 theme:funding"));
        assertEquals(Set.of("zh-1", "zh-2"), ids("lang:zh"));
        assertEquals(Set.of("zh-2"), ids("lang:zh-Hant"));
        assertEquals(Set.of("de-1"), ids("lang:DE"));
        assertEquals(Set.of("en-1", "zh-1"), ids("tag:todo"));
        assertEquals(Set.of("zh-2"), ids("tag:wichtig"));
        assertEquals(Set.of("en-1"), ids("tag:todo -company:zhipu-ai"));
    }

    @Test
    void hitOffsetsPointAtTheOriginalCharacters() throws IOException {
        assertEquals("智譜", covered(SearchFixtures.TRADITIONAL, only("智谱", "zh-2")));
        assertEquals("機器人", covered(SearchFixtures.TRADITIONAL, only("机器人", "zh-2")));
        List<int[]> all = index.highlights("zh-2", SearchFixtures.TRADITIONAL.text(), "机器人");
        assertEquals(2, all.size());
        for (int[] span : all) {
            assertEquals("機器人", SearchFixtures.TRADITIONAL.text().substring(span[0], span[1]));
        }
        assertTrue(all.get(0)[0] < all.get(1)[0], "in text order");
        List<int[]> stored = index.highlights("zh-2", null, "智譜 AI");
        assertEquals(List.of("智譜", "智譜", "AI"), stored.stream()
                .map(s -> SearchFixtures.TRADITIONAL.text().substring(s[0], s[1])).toList());
    }

    @Test
    void bestHitOfTheResultListIsOneOfTheReadersHighlights() throws IOException {
        for (String query : List.of("智谱", "機器人", "Orchestrierung", "Anteil", "\"Hugging Face\"", "Modelle",
                "ai", "智谱 OR funding", "hugging face")) {
            for (SearchHit hit : index.search(query, 10)) {
                IndexedReport report = SearchFixtures.ALL.stream()
                        .filter(r -> r.reportId().equals(hit.reportId())).findFirst().orElseThrow();
                List<int[]> spans = index.highlights(report.reportId(), report.text(), query);
                assertTrue(spans.stream().anyMatch(s -> s[0] == hit.start() && s[1] == hit.end()),
                        query + " in " + report.reportId() + " at " + hit.start());
            }
        }
    }

    @Test
    void snippetIsOneLineWithTheHitMarked() throws IOException {
        SearchHit hit = only("\"Hugging Face\"", "en-1");
        assertTrue(hit.snippet().contains("«Hugging Face»"), hit.snippet());
        SearchHit chinese = only("收入", "zh-2");
        assertTrue(chinese.snippet().contains("«收入»"), chinese.snippet());
        assertFalse(chinese.snippet().contains("\n"));
        assertTrue(chinese.snippet().contains("很小，但智譜"), "CJK line break joined without a space: " + chinese.snippet());
        assertTrue(hit.snippet().length() <= 200);
    }

    @Test
    void titleOnlyMatchHasNoOffsetButShowsTheBeginning() throws IOException {
        SearchHit hit = only("Plattformen", "de-1");
        assertEquals(-1, hit.start());
        assertEquals(-1, hit.end());
        assertTrue(hit.snippet().startsWith("Die Orchestrierungsebene"), hit.snippet());
    }

    @Test
    void snippetOfALongTextIsCutAroundTheHit() throws IOException {
        String filler = "Lorem ipsum dolor sit amet consectetur. ".repeat(30);
        index.put(new IndexedReport("long", "Long", "en", filler + "The Zeppelin landed. " + filler,
                List.of(), List.of(), List.of()));
        index.commit();
        SearchHit hit = only("zeppelin", "long");
        assertTrue(hit.snippet().startsWith("…") && hit.snippet().endsWith("…"), hit.snippet());
        assertTrue(hit.snippet().contains("«Zeppelin»"), hit.snippet());
        assertTrue(hit.snippet().length() < 200, hit.snippet());
    }

    @Test
    void malformedQueriesFallBackInsteadOfThrowing() throws IOException {
        assertEquals(Set.of("en-1"), ids("\"Hugging Face"), "an unclosed quote runs to the end");
        for (String bad : List.of("AND", "OR OR", "NOT", "(", ")(", "\"", "-", "company:", "智谱 AND",
                "OR 智谱", "((智谱", "*?~^", "a:b:c", "", "   ", "NOT NOT NOT")) {
            index.search(bad, 10);
            index.searchAsYouType(bad, 10);
            index.highlights("zh-1", null, bad);
        }
        assertEquals(Set.of("zh-1", "zh-2"), ids("智谱 AND"));
        assertEquals(Set.of("zh-1", "zh-2"), ids("((智谱"));
    }

    @Test
    void lastWordMatchesAsPrefixWhileTyping() throws IOException {
        assertEquals(Set.of(), ids("Hug"));
        assertEquals(Set.of("en-1", "en-2"), index.searchAsYouType("Hug", 10).stream()
                .map(SearchHit::reportId).collect(Collectors.toSet()));
        assertEquals(Set.of(), index.searchAsYouType("Hug ", 10).stream()
                .map(SearchHit::reportId).collect(Collectors.toSet()), "a finished word is not a prefix");
    }

    @Test
    void rebuildIsNeededOnlyForNewIndexes() throws IOException {
        assertFalse(index.needsRebuild());
        index.close();
        index = SearchIndex.open(dir.resolve("index"));
        assertFalse(index.needsRebuild());
        assertEquals(5, index.size());
        try (SearchIndex fresh = SearchIndex.open(dir.resolve("other"))) {
            assertTrue(fresh.needsRebuild());
            assertEquals(0, fresh.size());
        }
    }

    @Test
    void putReplacesAndDeleteAndClearRemove() throws IOException {
        index.put(new IndexedReport("en-1", "Changed", "en", "Nothing about models here.", List.of(), List.of(), List.of()));
        index.delete("en-2");
        index.commit();
        assertEquals(4, index.size());
        assertEquals(Set.of(), ids("OpenAI"));
        index.clear();
        index.commit();
        assertEquals(0, index.size());
        assertFalse(index.needsRebuild());
    }
}
