package app.dossier.tagging;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds one char at a time (so offsets into the original text stay valid): full-width to half-width,
 * traditional to simplified Han, Latin to lower case.
 */
final class CharFolding {
    /** Simplified form per char (0 = unchanged), from hant-hans.json (ICU's Hant-Hans, precomputed: its start-up costs a second). */
    private static final char[] SIMPLIFIED = loadSimplified();

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
        if (c == '\u3000' || c == '\u00A0' || c == '\u202F') {
            return ' ';
        }
        if ((c >= '\u2010' && c <= '\u2015') || c == '\u2212') {
            return '-';
        }
        if (SIMPLIFIED[c] != 0) {
            return SIMPLIFIED[c];
        }
        if (c >= 0x2E80 && c <= 0x9FFF) {
            return c;
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

    /** Chars a matcher may step over: white space and invisible format chars (soft hyphen, zero-width space). */
    static boolean isSkippable(char c) {
        return Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT;
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

    private static char[] loadSimplified() {
        char[] map = new char[Character.MAX_VALUE + 1];
        try (InputStream in = CharFolding.class.getResourceAsStream("/tagging/hant-hans.json")) {
            String pairs = new ObjectMapper().readTree(in).path("pairs").asText();
            for (int i = 0; i + 1 < pairs.length(); i += 2) {
                map[pairs.charAt(i)] = pairs.charAt(i + 1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
