package app.dossier.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes pinyin that a script converter glued after Chinese characters: "領(lǐng)域" becomes "領域".
 * Only a bracketed syllable directly after a Han character goes, and only when it carries a tone mark or
 * the text is full of such glosses, so "(AI)" or "(Big Data)" stay.
 */
final class RomanizationRemover {
    private static final String PINYIN_LETTERS = "a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ";
    private static final Pattern GLOSS = Pattern.compile(
            "(?<=\\p{IsHan})[(（]([" + PINYIN_LETTERS + "]{1,7})[)）]");
    /** In a text full of glosses, one also goes after mojibake or punctuation ("?,F(xiàn)實"). */
    private static final Pattern LOOSE_GLOSS = Pattern.compile(
            "(?<=[^\\s(（])[(（]([" + PINYIN_LETTERS + "]{1,7})[)）]");
    private static final Pattern TONE_MARK = Pattern.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]");
    private static final Pattern PLAIN_SYLLABLE = Pattern.compile(
            "(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:[aoeiuv]|ai|ei|ao|ou|an|en|ang|eng|ong|er|ia|ie|iao|iu|ian|in|iang|ing|iong|ua|uo|uai|ui|uan|un|uang|ueng|ve|van|vn)");
    /** Below this many tone-marked glosses a toneless "(de)" is more likely meant than converter debris. */
    private static final int TONELESS_EVIDENCE = 3;

    private RomanizationRemover() {
    }

    static String remove(String text) {
        Matcher m = GLOSS.matcher(text);
        int toneMarked = 0;
        while (m.find() && toneMarked < TONELESS_EVIDENCE) {
            if (TONE_MARK.matcher(m.group(1)).find()) {
                toneMarked++;
            }
        }
        if (toneMarked == 0) {
            return text;
        }
        boolean converterDamage = toneMarked >= TONELESS_EVIDENCE;
        String cleaned = GLOSS.matcher(text).replaceAll(g -> {
            String syllable = g.group(1);
            boolean toned = TONE_MARK.matcher(syllable).find();
            boolean plain = converterDamage && syllable.equals(syllable.toLowerCase()) && PLAIN_SYLLABLE.matcher(syllable).matches();
            return toned || plain ? "" : Matcher.quoteReplacement(g.group());
        });
        if (!converterDamage) {
            return cleaned;
        }
        return LOOSE_GLOSS.matcher(cleaned).replaceAll(g ->
                TONE_MARK.matcher(g.group(1)).find() ? "" : Matcher.quoteReplacement(g.group()));
    }
}
