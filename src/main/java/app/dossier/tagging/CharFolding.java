package app.dossier.tagging;

import com.ibm.icu.text.Transliterator;

import java.text.Normalizer;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Folds one char at a time (so offsets into the original text stay valid): full-width to half-width,
 * traditional to simplified Han, Latin to lower case.
 */
final class CharFolding {
    private static final Transliterator HANT_TO_HANS = Transliterator.getInstance("Hant-Hans");
    private static final ConcurrentHashMap<Character, Character> HAN_CACHE = new ConcurrentHashMap<>();

    private CharFolding() {
    }

    /** The folded form of c, keeping case. */
    static char foldKeepCase(char c) {
        if (c < 0x80) {
            return c;
        }
        if (c >= 0xFF01 && c <= 0xFF5E) {
            return (char) (c - 0xFEE0);
        }
        if (c == '\u3000' || c == '\u00A0') {
            return ' ';
        }
        if (isHan(c)) {
            return HAN_CACHE.computeIfAbsent(c, CharFolding::simplify);
        }
        if (Character.isHighSurrogate(c) || Character.isLowSurrogate(c)) {
            return c;
        }
        String n = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        return n.length() == 1 ? n.charAt(0) : c;
    }

    /** The folded form of c, Latin lower-cased. */
    static char fold(char c) {
        char f = foldKeepCase(c);
        return Character.toLowerCase(f);
    }

    /** The whole string folded char by char (same length). */
    static String fold(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(s.charAt(i));
        }
        return new String(out);
    }

    static String foldKeepCase(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = foldKeepCase(s.charAt(i));
        }
        return new String(out);
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Han, kana, hangul: scripts written without spaces between words. */
    static boolean isCjk(char c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
    }

    static boolean isLatinLetter(char c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    static boolean isWordChar(char c) {
        return isLatinLetter(c) || Character.isDigit(c);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static char simplify(char c) {
        String s = HANT_TO_HANS.transliterate(String.valueOf(c));
        return s.length() == 1 ? s.charAt(0) : c;
    }
}
