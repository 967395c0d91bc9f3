package app.dossier.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The shortcut for ASCII spells every value as the full folding (case, width, script) does. */
class FilterValuesTest {
    @Test
    void everyAsciiValueIsSpeltAsTheFullFoldingSpellsIt() {
        List<String> values = new ArrayList<>(List.of("Zhipu AI", "  OpenAI ", "zhipu-ai", "Moonshot_AI (Kimi)",
                "lang:de", "GPT-4o", "A.B.C.", "x\ty\u000Bz", "", "  ", "ÄLEPH", "Ｚｈｉｐｕ", "智譜 AI", "ﬁnance"));
        for (char c = 0; c < 0x80; c++) {
            values.add("a" + c + "B");
            values.add(String.valueOf(c));
        }
        for (String value : values) {
            assertEquals(FilterValues.normalizeWithIcu(value), FilterValues.normalize(value), "for [" + value + "]");
        }
        assertEquals("zhipu-ai", FilterValues.normalize("Zhipu AI"));
        assertEquals("智谱-ai", FilterValues.normalize("智譜 AI"), "traditional script still folded");
    }
}
