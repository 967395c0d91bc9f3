package app.dossier.importing;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a damaged PDF yields is refused as unreadable; real text of every kind Dossier reads passes. */
class ReadabilityTest {
    private final Random random = new Random(13);

    @Test
    void bytesReadThroughAFontEncodingAreNotLanguage() {
        byte[] bytes = new byte[6_000];
        random.nextBytes(bytes);
        String garbage = new String(bytes, Charset.forName("windows-1252")).replaceAll("\\p{Cntrl}", " ");
        assertFalse(Readability.looksLikeLanguage(garbage));
    }

    @Test
    void randomLettersAreNotLanguage() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            sb.append(i % 7 == 6 ? ' ' : (char) ('a' + random.nextInt(26)));
        }
        assertFalse(Readability.looksLikeLanguage(sb.toString()), "too few vowels");
        StringBuilder mixed = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            char c = "aeioustrnl".charAt(random.nextInt(10));
            mixed.append(i % 6 == 5 ? ' ' : random.nextBoolean() ? Character.toUpperCase(c) : c);
        }
        assertFalse(Readability.looksLikeLanguage(mixed.toString()), "case changing inside words");
    }

    @Test
    void rareHanCharactersInNoOrderAreNotChinese() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            sb.appendCodePoint(0x9A00 + random.nextInt(0x500));
        }
        assertFalse(Readability.looksLikeLanguage(sb.toString()));
    }

    @Test
    void realTextAndTablesOfFiguresAreLanguage() {
        String english = "OpenAI raised 6.6 billion dollars at a valuation of 157 billion, the largest round so far. ";
        String german = "Die Finanzierungsrunde über 2,5 Milliarden Euro wurde von Investoren aus Europa angeführt. ";
        String chinese = "这家公司在人工智能领域完成了4.45亿美元的融资，投资方包括多家知名机构。";
        String table = "| Company | 2023 | 2024 | Share |\n| DeepSeek | 1.2 | 3.4 | 12 % |\n| Zhipu AI | 0.8 | 1.9 | 7 % |\n";
        for (String text : new String[]{english, german, chinese, table, english + chinese}) {
            assertTrue(Readability.looksLikeLanguage(text.repeat(40)), text);
        }
    }

    @Test
    void aPdfYieldingGarbageIsRefusedAsUnreadable() throws Exception {
        String alphabet = "ÂÃßÿæøñqxzkjwvbÐÞ¤¦§©®±µ¶×÷#^~{}<>";
        String[] lines = new String[40];
        for (int i = 0; i < lines.length; i++) {
            StringBuilder line = new StringBuilder();
            while (line.length() < 80) {
                for (int k = 3 + random.nextInt(6); k > 0; k--) {
                    line.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                line.append(' ');
            }
            lines[i] = line.toString().strip() + ".";
        }
        byte[] pdf = PdfBombs.repeatedPages(1, lines);
        var e = assertThrows(UnreadableFileException.class, () -> new DocumentReader().read("truncated.pdf", pdf));
        assertTrue(e.getMessage().startsWith("could not extract readable text"), e.getMessage());
    }
}
