package app.dossier.tagging;

import app.dossier.model.Theme;
import app.dossier.model.ThemeOrigin;
import app.dossier.model.ThemeTag;
import app.dossier.testsupport.CorpusTexts;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one-pass theme tagger suggests exactly the tags the regex-per-cue tagger did ({@link NaiveThemeTagger}). */
class ThemeTaggerOracleTest {

    @Test
    void theBuiltInCodebookTagsEveryReportAsBefore() throws Exception {
        Codebook codebook = Codebook.builtin();
        ThemeTagger fast = new ThemeTagger(codebook);
        NaiveThemeTagger naive = new NaiveThemeTagger(codebook);
        int tags = 0;
        for (CorpusTexts.Text t : CorpusTexts.all()) {
            List<ThemeTag> expected = naive.tag(t.text());
            assertEquals(expected, fast.tag(t.text(), "und"), t.name());
            tags += expected.size();
        }
        assertTrue(tags > 20, "tags compared: " + tags);
    }

    @Test
    void excludedRegexAndWeakCuesOfAUserThemeAgreeWithTheRegexPerCueTagger() {
        Theme theme = new Theme("t", "Test", "", Map.of("en", List.of(
                "data moat", "~proprietary data", "~flywheel", "~Flywheel", "-data moat of the past",
                "/robot(s|ics)?fleet/", "~/sensorlogs?/")), ThemeOrigin.USER);
        Codebook codebook = new Codebook(List.of(theme, Codebook.builtin().themes().get(0)));
        List<String> paragraphs = List.of(
                "Their data moat is deep.",
                "A data moat of the past, nothing more.",
                "A data moat of the past, but a data moat today.",
                "Proprietary data drives the flywheel.",
                "The flywheel spins; the Flywheel again.",
                "Sensor logs from the robotics fleet.",
                "Sensor log and proprietary data.",
                "Nothing here.");
        String text = String.join("\n\n", paragraphs);
        List<ThemeTag> expected = new NaiveThemeTagger(codebook).tag(text);
        assertEquals(expected, new ThemeTagger(codebook).tag(text, "en"));
        List<Integer> tagged = new ArrayList<>();
        for (ThemeTag tag : expected) {
            if (tag.themeId().equals("t")) {
                tagged.add(text.substring(0, tag.start()).split("\n\n", -1).length);
            }
        }
        assertEquals(List.of(1, 3, 4, 6, 7), tagged, "paragraphs tagged: an excluded phrase hides its cue, one weak cue in two spellings is one");
    }
}
