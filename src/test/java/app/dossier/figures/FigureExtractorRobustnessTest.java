package app.dossier.figures;

import app.dossier.model.Figure;
import app.dossier.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Damaged text (scraped pages, broken wraps) must never make the extractor fail or point outside the text. */
class FigureExtractorRobustnessTest {
    private static final String ALPHABET = "0123456789.,%％$€¥億亿万萬多约近超十百千一二三成之分 -–~至到bis Milliarden US-Dollar美元人民币元融资估值\n\n。，（）";

    @Test
    void neverFailsAndQuotesStayInsideTheTextOnRandomDamagedInput() {
        Random random = new Random(42);
        FigureExtractor extractor = new FigureExtractor();
        for (int k = 0; k < 400; k++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(80);
            for (int i = 0; i < length; i++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String text = sb.toString();
            List<Mention> mentions = new ArrayList<>();
            if (text.length() > 3) {
                int s = random.nextInt(text.length() - 2);
                mentions.add(new Mention(null, "acme", s, s + 2, text.substring(s, s + 2), false, false));
            }
            for (String language : new String[]{"de", "en", "zh-Hans", "zh-Hant", "other"}) {
                for (Figure f : extractor.extract(text, language, mentions)) {
                    assertTrue(0 <= f.start() && f.start() <= f.end() && f.end() <= text.length(), f::toString);
                    assertEquals(text.substring(f.start(), f.end()), f.quote());
                    assertTrue(Double.isFinite(f.value()), f::toString);
                }
            }
        }
    }
}
