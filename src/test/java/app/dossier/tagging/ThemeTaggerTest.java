package app.dossier.tagging;

import app.dossier.model.Origin;
import app.dossier.model.ReviewStatus;
import app.dossier.model.ThemeTag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThemeTaggerTest {
    private static final ThemeTagger TAGGER = new ThemeTagger(Codebook.builtin());

    private static List<String> themes(String text, String language) {
        return TAGGER.tag(text, language).stream().map(ThemeTag::themeId).toList();
    }

    @Test
    void germanCompoundsCarryTheirThemes() {
        assertEquals(List.of("data-entropy"), themes("Das Hauptproblem heißt Datenentropie in jeder Firma.", "de"));
        assertEquals(List.of("orchestration-layer"), themes("Gewinnen wird, wer die Orchestrierungsebene baut.", "de"));
        assertEquals(List.of("physical-world-ai"), themes("Die Investitionen im Roboterbereich haben sich verdoppelt.", "de"));
        assertEquals(List.of("physical-world-ai"), themes("Geplant ist eine KI - native Fabrik in Texas.", "de"));
    }

    @Test
    void englishCuesAndInflections() {
        assertEquals(List.of("data-entropy"), themes("Most firms drown in unstructured data scattered across tools.", "en"));
        assertEquals(List.of("orchestration-layer"), themes("The startup sells model routing for teams that orchestrate many LLMs.", "en"));
        assertEquals(List.of("physical-world-ai"), themes("Humanoid robots are arriving in warehouses.", "en"));
    }

    @Test
    void chineseCuesMatchInBothScripts() {
        assertEquals(List.of("data-entropy"), themes("机会在于数据标注和合成数据。", "zh-Hans"));
        assertEquals(List.of("data-entropy"), themes("機會在於數據標註與合成數據。", "zh-Hant"));
        assertEquals(List.of("orchestration-layer"), themes("中間層包括向量數據庫和工具鏈。", "zh-Hant"));
        assertEquals(List.of("physical-world-ai"), themes("具身智能企业纷纷推出人形机器人。", "zh-Hans"));
    }

    @Test
    void oneWeakCueIsNotEnoughButTwoAre() {
        assertEquals(List.of(), themes("Die Daten zeigen einen klaren Trend bei den Umsätzen.", "de"));
        assertEquals(List.of("physical-world-ai"), themes("Die KI zieht in Fertigung und Logistik ein.", "de"));
    }

    @Test
    void chatbotsAreNotRobots() {
        assertEquals(List.of(), themes("市场上的聊天机器人多如牛毛。", "zh-Hans"));
    }

    @Test
    void tagSpansTheWholeParagraphAndIsASuggestion() {
        String text = "Erster Absatz ohne Thema.\n\nZweiter Absatz: Roboter übernehmen die Montage.\n\nDritter Absatz.";
        List<ThemeTag> tags = TAGGER.tag(text, "de");
        assertEquals(1, tags.size());
        ThemeTag tag = tags.get(0);
        assertEquals("Zweiter Absatz: Roboter übernehmen die Montage.", text.substring(tag.start(), tag.end()));
        assertEquals(Origin.AUTO, tag.origin());
        assertEquals(ReviewStatus.SUGGESTED, tag.status());
        assertNull(tag.id());
        assertNull(tag.reportId());
    }

    @Test
    void aParagraphCanCarrySeveralThemes() {
        List<String> found = themes("Synthetic data feeds the robots, and a vector database connects the models.", "en");
        assertTrue(found.containsAll(List.of("data-entropy", "orchestration-layer", "physical-world-ai")));
    }

    @Test
    void oneWeakCueWrittenInBothChineseScriptsDoesNotCountTwice() {
        ThemeTagger tagger = new ThemeTagger(Codebook.builtin());
        assertTrue(tagger.tag("馬斯克可以拿到汽車工廠的三維數據，這些都是別人沒有的。", "zh").stream()
                .noneMatch(t -> t.themeId().equals("physical-world-ai")));
    }
}
