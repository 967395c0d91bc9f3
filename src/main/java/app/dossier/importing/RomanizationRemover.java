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
    /** A bracketed syllable; whether a Han character precedes it is checked by hand (cheaper than a lookbehind). */
    private static final Pattern GLOSS = Pattern.compile("[(（]([" + PINYIN_LETTERS + "]{1,7})[)）]");
    private static final Pattern TONE_MARK = Pattern.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]");
    private static final Pattern PLAIN_SYLLABLE = Pattern.compile(
            "(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:[aoeiuv]|ai|ei|ao|ou|an|en|ang|eng|ong|er|ia|ie|iao|iu|ian|in|iang|ing|iong|ua|uo|uai|ui|uan|un|uang|ueng|ve|van|vn)");
    /** Below this many tone-marked glosses a toneless "(de)" is more likely meant than converter debris. */
    private static final int TONELESS_EVIDENCE = 3;

    private RomanizationRemover() {
    }

    static String remove(String text) {
        if (!TONE_MARK.matcher(text).find()) {
            return text;
        }
        Matcher m = GLOSS.matcher(text);
        int toneMarked = 0;
        for (int at = nextBracket(text, 0); at >= 0 && toneMarked < TONELESS_EVIDENCE; at = nextBracket(text, at + 1)) {
            m.region(at, Math.min(text.length(), at + 10));
            if (m.lookingAt() && afterHan(text, at) && TONE_MARK.matcher(m.group(1)).find()) {
                toneMarked++;
            }
        }
        if (toneMarked == 0) {
            return text;
        }
        boolean converterDamage = toneMarked >= TONELESS_EVIDENCE;
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (int at = nextBracket(text, 0); at >= 0; at = nextBracket(text, at + 1)) {
            m.region(at, Math.min(text.length(), at + 10));
            if (m.lookingAt() && isDebris(text, m, converterDamage)) {
                out.append(text, copied, at);
                copied = m.end();
                at = m.end() - 1;
            }
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** Next "(" or "（" at or after {@code from}; one pass, since only the brackets' own positions are visited. */
    private static int nextBracket(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '（') {
                return i;
            }
        }
        return -1;
    }

    private static boolean isDebris(String text, Matcher g, boolean converterDamage) {
        String syllable = g.group(1);
        boolean toned = TONE_MARK.matcher(syllable).find();
        boolean glued = afterHan(text, g.start())
                // in a text full of glosses, one also goes after mojibake or punctuation ("?,F(xiàn)實")
                || (converterDamage && toned && g.start() > 0 && !Character.isWhitespace(text.charAt(g.start() - 1)));
        boolean plain = converterDamage && syllable.equals(syllable.toLowerCase()) && PLAIN_SYLLABLE.matcher(syllable).matches();
        return glued && (toned || plain);
    }

    private static boolean afterHan(String text, int bracket) {
        return bracket > 0 && Scripts.isHan(Character.codePointBefore(text, bracket));
    }
}
